// The portfolio viewer: reads the visitor's result from the URL fragment (after '#'), or from the
// short code a visitor types in, and shows it with the texts of the content pack
// (viewer-data.js). Nothing is sent anywhere. Decoding lives in result.js; the formats are in
// docs/portfolio-link.md. A damaged link or a mistyped code shows a friendly message, never a
// blank page.
"use strict";

(function () {
  const pack = window.KIOSK_VIEWER_DATA;
  let data = pack;  // the pack in the language on screen (useLanguage)
  let chosen = "";  // a language the reader picked on this page
  const main = document.getElementById("result");
  const text = (key) => (data && data.texts && data.texts[key]) || key;

  // The link says which language the visitor used at the kiosk; the reader may pick another.
  function useLanguage(code) {
    const translation = pack && pack.translations && pack.translations[code];
    data = translation ? Object.assign({}, pack, translation) : pack;
    const language = (data && data.language) || { code: "nl", rtl: false };  // viewer data from before languages
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.rtl ? "rtl" : "ltr";
  }

  function languageChoice() {
    const nav = element("nav", { class: "languages", id: "languages" });
    for (const language of (pack && pack.languages) || []) {
      const button = element("button", { type: "button", lang: language.code, "data-language": language.code,
                                         class: language.code === document.documentElement.lang ? "" : "secondary" }, language.name);
      button.addEventListener("click", () => { chosen = language.code; show(); });
      nav.append(button);
    }
    return nav;
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

  // "Samen": where pupil and parent agree and differ on the key questions, and questions for home.
  function renderTogether(result) {
    const names = (question, options) => options.map((o) => "'" + (question.options[o] ? question.options[o].text : "?") + "'").join(", ");
    const list = element("ul", { id: "together" });
    // The link holds one group per key question (together), in the content's order.
    const keyQuestions = data.questions.map((question, q) => q).filter((q) => data.questions[q].together);
    result.parentAnswers.forEach((parent, k) => {
      const q = keyQuestions[k];
      const question = data.questions[q];
      const pupil = result.answers[q] || [];
      if (!question || parent.length === 0 || pupil.length === 0) return;
      const agree = pupil.some((o) => parent.includes(o));
      list.append(element("li", {}, agree ? fill(text("together.agree"), { keuze: names(question, pupil) })
                                          : fill(text("together.differ"), { jij: names(question, pupil), ouder: names(question, parent) })));
    });
    if (list.children.length === 0) return;
    main.append(element("h2", {}, text("together.title")), list);
    main.append(element("h2", {}, text("together.home_title")));
    const home = element("ul", {});
    for (const key of ["together.home_1", "together.home_2", "together.home_3"]) home.append(element("li", {}, text(key)));
    main.append(home);
  }

  // Every page starts with the languages, so a parent finds theirs before reading on.
  function startPage() {
    main.replaceChildren();
    if (pack && pack.languages && pack.languages.length > 1) main.append(languageChoice());
    main.append(element("h1", {}, text("title")));
  }

  function render(result) {
    startPage();
    // A link without a date is from the event's own day.
    const day = result.date || (data.event.date || "").replace(/-/g, "");
    const date = day.length === 8 ? day.slice(6, 8) + "-" + day.slice(4, 6) + "-" + day.slice(0, 4) : "";
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

    if (result.parentAnswers) renderTogether(result);

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

  // Where a visitor without a camera types the short code from the screen or the ticket.
  function codeForm(code) {
    const input = element("input", { id: "code", name: "code", type: "text", autocomplete: "off", autocapitalize: "characters",
                                     spellcheck: "false", value: code || "" });
    const form = element("form", { id: "code-form" },
      element("h2", {}, text("code_title")), element("p", {}, text("code_help")),
      element("label", { for: "code" }, text("code_label")), input,
      element("div", { class: "actions" }, element("button", { type: "submit" }, text("code_button"))));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      location.hash = "k=" + input.value.trim().toUpperCase();
    });
    return form;
  }

  function showError(message, code) {
    startPage();
    main.append(element("p", { class: "error", id: "error" }, message));
    if (data) main.append(codeForm(code));
  }

  function show() {
    try {
      if (!pack) { showError("De gegevens van de school ontbreken (viewer-data.js)."); return; }
      const fragment = decodeURIComponent(location.hash.replace(/^#/, ""));
      const linked = (fragment.match(/(?:^|;)l=([a-z]{2})(?:;|$)/) || [])[1];
      useLanguage(chosen || linked || (pack.language || { code: "nl" }).code);
      if (fragment === "") {
        startPage();
        main.append(codeForm(""));
        return;
      }
      if (fragment.startsWith("t=")) { showError(text("token")); return; }
      if (fragment.startsWith("k=")) {
        const code = fragment.slice(2);
        const result = KioskResult.decodeShortCode(data, code);
        if (!result) { showError(text("code_invalid"), code); return; }
        render(result);
        return;
      }
      const result = KioskResult.decodeFragment(fragment);
      if (!result) { showError(text("invalid")); return; }
      render(result);
    } catch (error) {
      showError(text("invalid"));
    }
  }

  window.addEventListener("hashchange", show);
  show();
})();
