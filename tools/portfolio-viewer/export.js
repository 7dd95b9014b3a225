// The visitor's result as one JSON document a school's loopbaandossier can import (the viewer's
// "Download (JSON)" button), in the language on screen. Plain functions with no page around
// them, so the test suite runs them in Node. The format is in docs/portfolio-link.md
// ("Export for the loopbaandossier"); it holds no name or other personal data, because the
// result has none.
"use strict";

(function (exports) {
  const STRENGTHS = ["strong", "good", "interesting"];

  // The sentence with {key} replaced by values[key].
  function fill(template, values) {
    return Object.entries(values).reduce((t, [k, v]) => t.split("{" + k + "}").join(String(v)), template);
  }

  // The result's match strength in words ('strong', 'good', 'interesting'), or null when the
  // result does not say (a result.js from before strengths, or a later route).
  function strengthOf(entry) {
    return STRENGTHS.includes(entry.strength) ? entry.strength : null;
  }

  // Whether the answers said enough for a ranking (result.js's `informed`); null when unknown.
  function informedOf(result) {
    if (typeof result.informed === "boolean") return result.informed;
    if (typeof result.programmes.informed === "boolean") return result.programmes.informed;  // a ranking's own
    return null;
  }

  // The result with each programme's strength and `informed` filled in from `rank` (result.js's
  // rank: the kiosk's matching on the same answers) where the result does not carry them: a link
  // holds neither. With a result.js that gives no strengths the result stays as it was, and the
  // sheet shows no strength words.
  function withStrengths(data, result, rank) {
    const informed = informedOf(result);
    const copy = Object.assign({}, result, { programmes: result.programmes.map((p) => Object.assign({}, p)) });
    if (informed !== null) copy.informed = informed;
    if (typeof rank !== "function" || (informed !== null && copy.programmes.every((p) => strengthOf(p)))) return copy;
    let ranking;
    try {
      ranking = rank(data, copy.answers);
    } catch (error) {
      return copy;  // answers this pack cannot rank: the sheet goes without strength words
    }
    const strengths = new Map(ranking.map((p) => [p.crebo, strengthOf(p)]));
    for (const p of copy.programmes) if (!strengthOf(p) && strengths.get(p.crebo)) p.strength = strengths.get(p.crebo);
    if (informed === null && typeof ranking.informed === "boolean") copy.informed = ranking.informed;
    return copy;
  }

  // The day of the visit as YYYY-MM-DD: a link without `d` is from the event's day; a short code
  // carries no date (null).
  function visitDate(data, result, source) {
    if (source === "code") return null;
    const day = result.date || String(data.event.date || "").replace(/-/g, "");
    return /^[0-9]{8}$/.test(day) ? day.slice(0, 4) + "-" + day.slice(4, 6) + "-" + day.slice(6, 8) : null;
  }

  // The programme the visitor chose as favourite, or null: never a default.
  function favouriteOf(data, result) {
    return result.favourite && data.programmes[result.favourite] ? result.favourite : null;
  }

  // The programmes in the order of the sheet: the favourite first, then the others as the kiosk
  // showed them. A favourite the results did not show (chosen from the whole offer) comes first
  // with kind "chosen" and no reasons.
  function sheetProgrammes(data, result) {
    const favourite = favouriteOf(data, result);
    const shown = result.programmes.filter((p) => data.programmes[p.crebo] || fail("onbekende opleiding " + p.crebo));
    const first = shown.find((p) => p.crebo === favourite) || (favourite ? { crebo: favourite, kind: "chosen", reasons: [] } : null);
    return (first ? [first] : []).concat(shown.filter((p) => p.crebo !== favourite));
  }

  function fail(message) {
    throw new Error(message);
  }

  function reasonTexts(data, entry) {
    const programme = data.programmes[entry.crebo];
    return entry.reasons.map(([q, o]) => programme.reasons[q + "." + o] || fail("onbekende reden"));
  }

  function optionList(question, picked) {
    return picked.map((o) => {
      const option = question.options[o] || fail("onbekend antwoord");
      return { key: option.key, text: option.text };
    });
  }

  // The answers per question in the content's order: key, question, picked options (none: []).
  function answerList(data, result) {
    return data.questions.map((question, q) => ({ question: question.key, text: question.text,
                                                  options: optionList(question, result.answers[q] || []) }));
  }

  // "Samen": the parent's answers, one group per key question (together = ja).
  function parentAnswerList(data, result) {
    if (!result.parentAnswers) return null;
    const keyQuestions = data.questions.filter((question) => question.together);
    return result.parentAnswers.map((picked, k) => {
      const question = keyQuestions[k] || fail("onbekende vraag");
      return { question: question.key, text: question.text, options: optionList(question, picked) };
    });
  }

  // The reflections on the favourite that were answered (skipped ones are left out).
  function reflectionList(data, result) {
    // Without a favourite the kiosk asked only the reflections that have a general wording.
    const favourite = favouriteOf(data, result);
    const name = favourite ? data.programmes[favourite].name : "";
    const list = [];
    result.reflections.forEach((o, r) => {
      const reflection = data.reflections[r];
      if (!reflection || o < 0) return;
      const text = favourite ? fill(reflection.text, { naam: name }) : reflection.general_text;
      if (!text) return;
      const option = reflection.options[o] || fail("onbekend antwoord");
      list.push({ reflection: reflection.key, text, option: option.key, option_text: option.text });
    });
    return list;
  }

  function nextStepOf(data, result) {
    const step = data.next_steps[result.nextStep];
    if (!step) return null;
    return { key: step.key, text: step.text, detail: step.detail || "", voorbereiding: step.voorbereiding || "" };
  }

  // The whole document. `source` is "link" (the QR code) or "code" (a typed short code).
  function exportDocument(data, result, source) {
    const favourite = favouriteOf(data, result);
    const document = {
      format: "kiosk-uitslag",
      version: 1,
      source,
      event: { id: data.event.id, name: data.event.name, school: data.event.school },
      date: visitDate(data, result, source),
      language: (data.language && data.language.code) || "nl",
      informed: informedOf(result),
      answers: answerList(data, result),
      programmes: sheetProgrammes(data, result).map((entry) => {
        const programme = data.programmes[entry.crebo];
        return { crebo: entry.crebo, name: programme.name, level: programme.level, leerweg: programme.leerweg,
                 kind: entry.kind, strength: strengthOf(entry), favourite: entry.crebo === favourite,
                 reasons: reasonTexts(data, entry) };
      }),
      favourite,
      reflections: reflectionList(data, result),
      next_step: nextStepOf(data, result),
    };
    const parents = parentAnswerList(data, result);
    if (parents) document.parent_answers = parents;
    return document;
  }

  exports.exportDocument = exportDocument;
  exports.sheetProgrammes = sheetProgrammes;
  exports.answerList = answerList;
  exports.reasonTexts = reasonTexts;
  exports.reflectionList = reflectionList;
  exports.strengthOf = strengthOf;
  exports.informedOf = informedOf;
  exports.withStrengths = withStrengths;
  exports.visitDate = visitDate;
  exports.favouriteOf = favouriteOf;
  exports.fill = fill;
})(typeof module !== "undefined" && module.exports ? module.exports : (window.KioskExport = {}));
