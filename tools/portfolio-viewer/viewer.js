// The portfolio viewer: reads the visitor's result from the URL fragment (after '#') and shows
// it with the texts of the content pack (viewer-data.js). Nothing is sent anywhere. The format
// is described in docs/portfolio-link.md; a damaged link shows a friendly message, never a
// blank page.
"use strict";

(function () {
  const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
  const data = window.KIOSK_VIEWER_DATA;
  const main = document.getElementById("result");
  const text = (key) => (data && data.texts && data.texts[key]) || key;

  // The link's check characters: FNV-1a over everything before ";c=", as two base-36 digits.
  function checkOf(text) {
    let hash = 2166136261;
    for (let i = 0; i < text.length; ++i) {
      hash ^= text.charCodeAt(i) & 0xff;
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    const value = hash % 1296;
    return DIGITS[Math.floor(value / 36)] + DIGITS[value % 36];
  }

  // Decodes a fragment of format 1; returns null for anything that does not follow it exactly,
  // including a link that was cut short or changed (the check characters no longer match).
  function decode(full) {
    const checkAt = full.lastIndexOf(";c=");
    if (checkAt < 0 || full.length !== checkAt + 5) return null;
    const fragment = full.slice(0, checkAt);
    if (checkOf(fragment) !== full.slice(checkAt + 3) || /[^\x20-\x7e]/.test(fragment)) return null;
    const fields = fragment.split(";");
    if (fields[0] !== "1") return null;
    const result = { event: "", language: "nl", date: "", answers: null, programmes: [], favourite: "", reflections: [], nextStep: -1 };
    const token = /^[A-Za-z0-9_-]+$/;
    for (const field of fields.slice(1)) {
      if (field.length < 2 || field[1] !== "=") return null;
      const value = field.slice(2);
      switch (field[0]) {
        case "e": if (!token.test(value)) return null; result.event = value; break;
        case "l": if (!token.test(value)) return null; result.language = value; break;
        case "d": if (!/^[0-9]{8}$/.test(value)) return null; result.date = value; break;
        case "a":
          result.answers = value.split(".").map((group) => [...group].map((c) => DIGITS.indexOf(c)));
          if (result.answers.some((group) => group.some((o) => o < 0))) return null;
          break;
        case "p":
          if (!result.answers) return null;
          if (value === "") break;
          for (let item of value.split(",")) {
            const programme = { crebo: "", kind: "fit", reasons: [] };
            if (item[0] === "*") { item = item.slice(1); programme.favourite = true; }
            if (item[0] === "!") { programme.kind = "surprise"; item = item.slice(1); }
            else if (item[0] === "^") { programme.kind = "later"; item = item.slice(1); }
            let colon = item.indexOf(":");
            if (programme.kind === "later") {
              if (colon >= 0) return null;
              colon = item.length;
            } else if (colon < 1) {
              return null;
            }
            programme.crebo = item.slice(0, colon);
            if (!token.test(programme.crebo)) return null;
            if (programme.favourite) result.favourite = programme.crebo;
            const reasons = item.slice(colon + 1);
            for (let k = 0; k < reasons.length;) {
              const question = DIGITS.indexOf(reasons[k++]);
              const picked = result.answers[question];
              if (question < 0 || !picked || picked.length === 0) return null;
              let option = picked[0];
              if (picked.length > 1) {
                if (k >= reasons.length) return null;
                option = DIGITS.indexOf(reasons[k++]);
                if (option < 0) return null;
              }
              programme.reasons.push([question, option]);
            }
            result.programmes.push(programme);
          }
          break;
        case "r":
          for (const c of value) {
            const option = c === "-" ? -1 : DIGITS.indexOf(c);
            if (option < 0 && c !== "-") return null;
            result.reflections.push(option);
          }
          break;
        case "s":
          if (value.length !== 1 || DIGITS.indexOf(value) < 0) return null;
          result.nextStep = DIGITS.indexOf(value);
          break;
        default: return null;
      }
    }
    if (!result.event || !result.answers) return null;
    return result;
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    for (const child of children) node.append(child);  // strings become text, never HTML
    return node;
  }

  function fill(template, values) {
    return Object.entries(values).reduce((t, [k, v]) => t.split("{" + k + "}").join(String(v)), template);
  }

  function programmeBlock(entry, result) {
    const p = data.programmes[entry.crebo];
    if (!p) throw new Error("onbekende opleiding " + entry.crebo);
    const classes = ["programme", entry.kind === "surprise" ? "surprise" : "", entry.crebo === result.favourite ? "favourite" : ""];
    const block = element("section", { class: classes.join(" ").trim(), "data-crebo": entry.crebo });
    if (entry.kind === "surprise") block.append(element("div", { class: "label" }, text("surprise")));
    if (entry.crebo === result.favourite) block.append(element("div", { class: "label" }, text("favourite")));
    block.append(element("h3", {}, p.name));
    block.append(element("div", { class: "muted" },
      fill(text("facts"), { niveau: p.level, leerweg: p.leerweg, duur: p.duration_years, locatie: p.location })));
    if (entry.reasons.length > 0) {
      const list = element("ul", { class: "reasons" });
      for (const [q, o] of entry.reasons) {
        const reason = p.reasons[q + "." + o];
        if (!reason) throw new Error("onbekende reden");
        list.append(element("li", {}, reason));
      }
      block.append(list);
    }
    const card = element("dl", {});
    for (const [key, label] of [["what_you_do", "card_what"], ["how_you_learn", "card_how"], ["internship", "card_internship"],
                                ["assessment", "card_assessment"], ["jobs", "card_jobs"], ["onwards", "card_onwards"]]) {
      card.append(element("dt", {}, text(label)), element("dd", {}, p.card[key]));
    }
    block.append(element("details", {}, element("summary", {}, text("card")), card));
    return block;
  }

  function render(result) {
    main.replaceChildren();
    main.append(element("h1", {}, text("title")));
    const date = result.date ? result.date.slice(6, 8) + "-" + result.date.slice(4, 6) + "-" + result.date.slice(0, 4) : "";
    main.append(element("p", { class: "muted" }, data.event.name + (date ? " · " + date : "")));
    main.append(element("p", {}, text("intro")));

    const fits = result.programmes.filter((p) => p.kind !== "later");
    const later = result.programmes.filter((p) => p.kind === "later");
    main.append(element("h2", {}, text("fits")));
    for (const entry of fits) main.append(programmeBlock(entry, result));
    if (later.length > 0) {
      main.append(element("h2", {}, text("later")));
      for (const entry of later) main.append(programmeBlock(entry, result));
    }

    const favourite = data.programmes[result.favourite];
    const reflections = result.reflections.map((option, r) => [data.reflections[r], option]).filter(([q, o]) => q && o >= 0);
    if (favourite && reflections.length > 0) {
      main.append(element("h2", {}, text("reflections")));
      const list = element("ul", { id: "reflections" });
      for (const [question, option] of reflections) {
        if (!question.options[option]) throw new Error("onbekend antwoord");
        list.append(element("li", {}, fill(question.text, { naam: favourite.name }) + " " + question.options[option].text));
      }
      main.append(list);
    }
    const step = data.next_steps[result.nextStep];
    if (step) {
      main.append(element("h2", {}, text("next_step")));
      main.append(element("div", { class: "step", id: "next-step" }, element("strong", {}, step.text), element("p", {}, step.detail)));
    }

    main.append(element("h2", {}, text("what_now")));
    main.append(element("p", {}, text("what_now_text")));
    const save = element("button", { type: "button", id: "save" }, text("save"));
    save.addEventListener("click", () => {
      const blob = new Blob([JSON.stringify({ format: 1, fragment: location.hash.slice(1), result }, null, 2)], { type: "application/json" });
      const link = element("a", { href: URL.createObjectURL(blob), download: "mijn-uitslag-" + (result.date || "open-dag") + ".json" });
      link.click();
      URL.revokeObjectURL(link.href);
    });
    const print = element("button", { type: "button", class: "secondary", id: "print" }, text("print"));
    print.addEventListener("click", () => window.print());
    main.append(element("div", { class: "actions" }, save, print));
  }

  function showError(message) {
    main.replaceChildren(element("h1", {}, text("title")), element("p", { class: "error", id: "error" }, message));
  }

  function show() {
    try {
      if (!data) { showError("De gegevens van de school ontbreken (viewer-data.js)."); return; }
      const fragment = decodeURIComponent(location.hash.replace(/^#/, ""));
      if (fragment.startsWith("t=")) { showError(text("token")); return; }
      const result = decode(fragment);
      if (!result) { showError(text("invalid")); return; }
      render(result);
    } catch (error) {
      showError(text("invalid"));
    }
  }

  window.addEventListener("hashchange", show);
  show();
})();
