// The portfolio viewer: reads the visitor's result from the URL fragment (after '#'), or from the
// short code a visitor types in, and shows it with the texts of the content pack
// (viewer-data.js) as a sheet to take to the mentor and home, which also prints on one A4.
// Nothing is sent anywhere. Decoding lives in result.js, what the sheet holds (and its JSON
// export) in export.js; the formats are in docs/portfolio-link.md. A damaged link or a mistyped
// code shows a friendly message, never a blank page.
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

  // Text in a right-to-left script (Hebrew, Arabic and its presentation forms), and in a
  // left-to-right one (Latin, Greek, Cyrillic).
  const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const ltrLetter = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

  // A name that may mix scripts ("مساعدة في الرعاية (Helpende Zorg en Welzijn)"): its direction
  // is the page's when it holds a letter of the page's script, and a bracketed aside in the other
  // direction is one <bdi>, brackets included. Without it the browser gives the brackets the
  // title's direction and a title that wraps shows "Helpende)" on one line and "(Zorg en
  // Welzijn" on the next. The kiosk does the same (kiosk/language/bidi.cpp, isolate_asides).
  function mixed(tag, attributes, value) {
    const pageRtl = document.documentElement.dir === "rtl";
    const first = [...value].find((c) => rtlLetter.test(c) || ltrLetter.test(c));
    const rtl = (pageRtl && rtlLetter.test(value)) || (first !== undefined && rtlLetter.test(first));
    const node = element(tag, Object.assign({ dir: rtl ? "rtl" : "ltr" }, attributes));
    let rest = value;
    for (;;) {
      const aside = /[(\[]([^()\[\]]*)[)\]]/.exec(rest);
      if (!aside) break;
      const inside = aside[1];
      const other = rtl ? ltrLetter.test(inside) && !rtlLetter.test(inside) : rtlLetter.test(inside) && !ltrLetter.test(inside);
      node.append(rest.slice(0, aside.index + (other ? 0 : aside[0].length)));
      if (other) node.append(element("bdi", { dir: rtl ? "ltr" : "rtl" }, aside[0]));
      rest = rest.slice(aside.index + aside[0].length);
    }
    node.append(rest);
    return node;
  }

  const sheet = window.KioskExport;  // what the sheet holds, and its JSON export (export.js)
  const fill = (template, values) => sheet.fill(template, values);

  // One programme: its name, how well it fits in words, the facts, the reasons the kiosk gave,
  // and its card (open for the favourite, folded for the others).
  function programmeBlock(entry, favourite, place) {
    const p = data.programmes[entry.crebo];
    if (!p) throw new Error("onbekende opleiding " + entry.crebo);
    const classes = ["programme", entry.kind === "surprise" ? "surprise" : "", entry.kind === "later" ? "later" : "",
                     favourite ? "favourite" : ""];
    const block = element("section", { class: classes.filter(Boolean).join(" "), "data-crebo": entry.crebo });
    const head = element("div", { class: "head" }, mixed("h3", {}, p.name));
    const strength = sheet.strengthOf(entry);
    if (entry.kind === "surprise") head.append(element("span", { class: "label" }, text("surprise")));
    if (strength) head.append(element("span", { class: "strength " + strength }, text("results.strength_" + strength)));
    block.append(head);
    block.append(element("div", { class: "facts muted" },
      fill(text("facts"), { niveau: p.level, leerweg: p.leerweg, duur: p.duration_years, locatie: p.location })));
    const reasons = sheet.reasonTexts(data, entry);
    // A later route: how to get there, as the kiosk said it (the link leaves the sentence out).
    // On the phone; the mentor's A4 has the start sentence at the top and no room for more.
    if (entry.kind === "later" && place.track >= 0) {
      const before = place.start.filter((level) => level < p.level);
      const start = before.length > 0 ? before[before.length - 1] : place.start[0];
      block.append(element("p", { class: "route screen-only" }, fill(text("reasons.later_route"), { niveau: p.level, startniveau: start })));
    }
    if (reasons.length > 0) {
      const list = element("ul", { class: "reasons" });
      for (const reason of reasons) list.append(mixed("li", {}, reason));
      block.append(list);
    }
    const card = element("dl", {});
    for (const [key, label] of [["what_you_do", "card_what"], ["how_you_learn", "card_how"], ["internship", "card_internship"],
                                ["assessment", "card_assessment"], ["jobs", "card_jobs"], ["onwards", "card_onwards"],
                                ["admission", "compare.admission"]]) {
      if (p.card[key]) card.append(element("dt", {}, text(label)), mixed("dd", {}, p.card[key]));
    }
    // The rest of the card on the phone; the mentor's A4 keeps to the topics above.
    for (const [key, label] of [["department", "programme.department"], ["teachers", "programme.teachers"],
                                ["choices", "programme.choices"], ["needs", "programme.needs"]]) {
      if (p.card[key]) card.append(element("dt", { class: "screen-only" }, text(label)), element("dd", { class: "screen-only" }, p.card[key]));
    }
    block.append(element("details", favourite ? { open: "" } : {}, element("summary", {}, text("card")), card));
    return block;
  }

  // A part of the sheet: a heading and what follows it, kept together on paper.
  function part(id, title, ...children) {
    const section = element("section", { class: "part", id }, element("h2", {}, title));
    section.append(...children);
    return section;
  }

  function list(tag, attributes, items) {
    const node = element(tag, attributes);
    for (const item of items) node.append(element("li", {}, item));
    return node;
  }

  // "Samen": where pupil and parent agree and differ on the key questions.
  function togetherList(result) {
    // Quotes and the joining comma from the texts, as the kiosk's talking points (core/session.cpp):
    // Arabic has « » and "،"; viewer data from before these texts gets the old ones.
    const quoted = (data.texts && data.texts["together.quoted"]) || "'{tekst}'";
    const joined = (data.texts && data.texts["together.list"]) || "{eerste}, {volgende}";
    const names = (question, options) => options.map((o) => fill(quoted, { tekst: question.options[o] ? question.options[o].text : "?" }))
      .reduce((list, next) => fill(joined, { eerste: list, volgende: next }));
    const items = [];
    // The link holds one group per key question (together), in the content's order.
    const keyQuestions = data.questions.map((question, q) => q).filter((q) => data.questions[q].together);
    result.parentAnswers.forEach((parent, k) => {
      const q = keyQuestions[k];
      const question = data.questions[q];
      const pupil = result.answers[q] || [];
      if (!question || parent.length === 0 || pupil.length === 0) return;
      const both = pupil.filter((o) => parent.includes(o));
      items.push(both.length > 0 ? fill(text("together.agree"), { keuze: names(question, both) })
                                 : fill(text("together.differ"), { jij: names(question, pupil), ouder: names(question, parent) }));
    });
    return items;
  }

  // Every page starts with the languages, so a parent finds theirs before reading on.
  function startPage() {
    main.replaceChildren();
    if (pack && pack.languages && pack.languages.length > 1) main.append(languageChoice());
    main.append(element("h1", {}, text("title")));
  }

  // The sheet a pupil takes to the mentor and home: the favourite, the other programmes, their
  // own answers, the reflections, the next step and how to prepare, questions for the meeloopdag,
  // the talk with the mentor, and prompts for parents. `source` is "link" or "code".
  function render(result, source) {
    startPage();
    const date = sheet.visitDate(data, result, source);
    main.append(element("p", { class: "muted", id: "event" },
                        data.event.name + (date ? " · " + date.split("-").reverse().join("-") : "")));
    main.append(element("p", { class: "intro" }, text("intro")));

    // Where this pupil may start, as the kiosk said it (admission.ini).
    const place = KioskResult.placement(data, result.answers);
    const track = place.track >= 0 ? data.tracks[place.track] : null;
    if (track && track.text)
      main.append(element("section", { class: "part", id: "start" }, element("h2", {}, text("results.start_title")), element("p", {}, track.text)));

    // Answers that said little: no ranking that looks precise, but where to look around.
    if (sheet.informedOf(result) === false)
      main.append(element("section", { class: "part notice", id: "uninformed" }, element("p", {}, text("uninformed")),
                          list("ul", {}, ["orientation_1", "orientation_2", "orientation_3"].map(text))));

    const favourite = sheet.favouriteOf(data, result);
    const programmes = sheet.sheetProgrammes(data, result);
    if (favourite) main.append(part("favourite", text("favourite"), programmeBlock(programmes[0], true, place)));
    const others = programmes.filter((p) => p.crebo !== favourite && p.kind !== "later");
    const later = programmes.filter((p) => p.crebo !== favourite && p.kind === "later");
    if (others.length > 0 || later.length > 0) {
      // A visitor who browsed answered nothing: these are what they looked at, not fits.
      const browsed = result.answers.every((picked) => picked.length === 0);
      const section = part("programmes", text(browsed ? "looked_at" : favourite ? "others" : "fits"));
      for (const entry of others) section.append(programmeBlock(entry, false, place));
      if (later.length > 0) {
        section.append(element("h3", { class: "later-title" }, text("later")));
        for (const entry of later) section.append(programmeBlock(entry, false, place));
      }
      main.append(section);
    }

    const answers = element("dl", { class: "answers" });
    for (const answer of sheet.answerList(data, result))
      answers.append(element("dt", {}, answer.text),
                     element("dd", answer.options.length ? {} : { class: "muted" },
                             answer.options.length ? answer.options.map((o) => o.text).join(" · ") : text("answers_none")));
    main.append(part("answers", text("answers"), answers));

    const reflections = sheet.reflectionList(data, result);
    if (reflections.length > 0) {
      const answered = element("dl", { class: "answers" });
      for (const r of reflections) answered.append(element("dt", {}, r.text), element("dd", {}, r.option_text));
      main.append(part("reflections", text("reflections"), answered));
    }

    const step = data.next_steps[result.nextStep];
    if (step) {
      const box = element("div", { class: "step", id: "next-step" }, element("strong", {}, step.text));
      if (step.detail) box.append(element("p", {}, step.detail));
      if (step.voorbereiding)
        box.append(element("p", { class: "prepare" }, element("strong", {}, text("prepare") + ": "), step.voorbereiding));
      main.append(part("step", text("next_step"), box));
    }

    main.append(part("meeloop", text("meeloop_title"), element("p", {}, text("meeloop_intro")),
                     list("ol", {}, ["meeloop_1", "meeloop_2", "meeloop_3"].map(text))));

    const talk = element("ol", { class: "talk" });
    for (const k of [1, 2, 3, 4])
      talk.append(element("li", {}, element("strong", {}, text("mentor_" + k)), " ", text("mentor_" + k + "_ask")));
    main.append(part("mentor", text("mentor_title"), element("p", {}, text("mentor_intro")), talk));

    // Parents in every mode; "samen" adds where pupil and parent agree and differ.
    const parents = part("parents", text("parents_title"), element("p", {}, text("parents_intro")),
                         list("ul", {}, ["parents_1", "parents_2", "parents_3"].map(text)));
    const together = result.parentAnswers ? togetherList(result) : [];
    if (together.length > 0) {
      parents.append(element("h3", {}, text("together.title")), list("ul", { id: "together" }, together));
      parents.append(element("h3", { class: "home-questions" }, text("together.home_title")),
                     list("ul", { class: "home-questions" }, ["together.home_1", "together.home_2", "together.home_3"].map(text)));
    }
    main.append(parents);

    const save = element("button", { type: "button", id: "save" }, text("save"));
    save.addEventListener("click", () => {
      const json = JSON.stringify(sheet.exportDocument(data, result, source), null, 2);
      const link = element("a", { href: URL.createObjectURL(new Blob([json], { type: "application/json" })),
                                  download: "uitslag-" + data.event.id + (date ? "-" + date : "") + ".json" });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    });
    const print = element("button", { type: "button", class: "secondary", id: "print" }, text("print"));
    print.addEventListener("click", () => window.print());
    main.append(element("section", { class: "part what-now", id: "what-now" }, element("h2", {}, text("what_now")),
                        element("p", {}, text("what_now_text")), element("div", { class: "actions" }, save, print)));
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
        render(sheet.withStrengths(data, result, KioskResult.rank), "code");
        return;
      }
      const result = KioskResult.decodeFragment(fragment);
      if (!result) { showError(text("invalid")); return; }
      render(sheet.withStrengths(data, result, KioskResult.rank), "link");
    } catch (error) {
      showError(text("invalid"));
    }
  }

  window.addEventListener("hashchange", show);
  show();
})();
