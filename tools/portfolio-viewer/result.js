// The visitor's result, from a link's fragment or from a typed short code: plain functions with
// no page around them, so the viewer uses them in the browser and the test suite runs them in
// Node against the kiosk's own results. The formats are in docs/portfolio-link.md; rank() is the
// kiosk's matching (kiosk/core/matching.cpp) step for step, on the numbers in viewer-data.js.
"use strict";

(function (exports) {
  const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
  const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const MAX_REASONS = 3;
  const LATER_ROUTES = 3;

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
  // Answers as a link writes them: groups separated by '.', options as base-36 digits; null when
  // a character is not a digit.
  function answerGroups(value) {
    const groups = value.split(".").map((group) => [...group].map((c) => DIGITS.indexOf(c)));
    return groups.some((group) => group.some((o) => o < 0)) ? null : groups;
  }

  function decodeFragment(full) {
    const checkAt = full.lastIndexOf(";c=");
    if (checkAt < 0 || full.length !== checkAt + 5) return null;
    const fragment = full.slice(0, checkAt);
    if (checkOf(fragment) !== full.slice(checkAt + 3) || /[^\x20-\x7e]/.test(fragment)) return null;
    const fields = fragment.split(";");
    if (fields[0] !== "1") return null;
    const result = { event: "", language: "nl", date: "", answers: null, programmes: [], favourite: "", reflections: [], nextStep: -1 };
    const token = /^[A-Za-z0-9_-]+$/;
    const seen = new Set();
    for (const field of fields.slice(1)) {
      if (field.length < 2 || field[1] !== "=" || seen.has(field[0])) return null;  // each field once
      seen.add(field[0]);
      const value = field.slice(2);
      switch (field[0]) {
        case "e": if (!token.test(value)) return null; result.event = value; break;
        case "l": if (!token.test(value)) return null; result.language = value; break;
        case "d": if (!/^[0-9]{8}$/.test(value)) return null; result.date = value; break;
        case "a":
          result.answers = answerGroups(value);
          if (!result.answers) return null;
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
        case "o":
          result.parentAnswers = answerGroups(value);
          if (!result.parentAnswers) return null;
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


  // --- The short code -------------------------------------------------------------------------

  function symbolOf(c) {
    c = c.toUpperCase();
    if (c === "O") c = "0";
    if (c === "I" || c === "L") c = "1";
    return CROCKFORD.indexOf(c);
  }

  // A fingerprint of what the code's bits mean in this pack (as layout_salt in short_code.cpp).
  function layoutSalt(data) {
    let layout = data.programme_order.map((crebo) => crebo + ",").join("");
    for (const q of data.questions) layout += "|" + q.key + ":" + q.pick + ":" + q.options.length;
    for (const r of data.reflections) layout += "|" + r.options.length;
    layout += "|" + data.next_steps.length;
    let hash = 2166136261;
    for (const byte of new TextEncoder().encode(layout)) {
      hash ^= byte;
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % 32;
  }

  // The symbols weighed by odd numbers, modulo 32, starting from the pack's fingerprint: every
  // single typo changes it.
  function codeCheck(symbols, salt) {
    return symbols.reduce((sum, value, i) => (sum + ((2 * i + 1) % 32) * value) % 32, salt);
  }

  function bitsForChoice(count) {
    let bits = 0;
    while ((1 << bits) < count + 1) ++bits;
    return bits;
  }

  // The finished walk-through a short code stands for, as decodeFragment gives it (without the
  // date, which the code does not carry); null for a code that does not fit this content.
  function decodeShortCode(data, code) {
    const symbols = [];
    for (const c of code) {
      if (c === "-" || c === " ") continue;
      const value = symbolOf(c);
      if (value < 0) return null;
      symbols.push(value);
    }
    if (symbols.length < 2 || symbols.length > 64) return null;
    const check = symbols.pop();
    if (codeCheck(symbols, layoutSalt(data)) !== check) return null;
    const bits = [];
    for (const value of symbols) for (let k = 4; k >= 0; --k) bits.push((value >> k) & 1);
    let at = 0;
    const take = (count) => {
      if (at + count > bits.length) return null;
      let value = 0;
      for (let i = 0; i < count; ++i) value = value * 2 + bits[at++];
      return value;
    };
    const choice = (count) => {
      const value = take(bitsForChoice(count));
      return value === null || value > count ? null : value - 1;
    };

    const answers = [];
    for (const question of data.questions) {
      const picked = [];
      if (question.pick > 1) {
        for (let o = 0; o < question.options.length; ++o) {
          const bit = take(1);
          if (bit === null) return null;
          if (bit) picked.push(o);
        }
        if (picked.length > question.pick) return null;
      } else {
        const option = choice(question.options.length);
        if (option === null) return null;
        if (option >= 0) picked.push(option);
      }
      answers.push(picked);
    }
    const favourite = choice(data.programme_order.length);
    if (favourite === null) return null;
    const reflections = [];
    for (const reflection of data.reflections) {
      const option = choice(reflection.options.length);
      if (option === null) return null;
      reflections.push(option);
    }
    const nextStep = choice(data.next_steps.length);
    if (nextStep === null) return null;
    if (bits.length - at >= 5 || bits.slice(at).some((bit) => bit)) return null;

    const favouriteCrebo = favourite >= 0 ? data.programme_order[favourite] : "";
    // A visitor who only browsed answered nothing: no ranking, just what they chose (as the
    // kiosk's decode_short_code).
    const browsed = answers.every((picked) => picked.length === 0);
    const programmes = browsed ? (favouriteCrebo ? [{ crebo: favouriteCrebo, kind: "fit", reasons: [] }] : []) : rank(data, answers);
    for (const programme of programmes) if (programme.crebo === favouriteCrebo) programme.favourite = true;
    return { event: data.event.id, language: "nl", date: "", answers, programmes, favourite: favouriteCrebo, reflections, nextStep };
  }

  // --- The matching ---------------------------------------------------------------------------

  // The picked options as [question, option, the option itself], in the kiosk's order
  // (for_each_picked in matching.cpp); options this pack does not have are left out.
  function pickedOf(data, answers) {
    const picked = [];
    answers.forEach((options, q) => {
      const question = data.questions[q];
      if (!question) return;
      for (const o of options) if (o >= 0 && o < question.options.length) picked.push([q, o, question.options[o]]);
    });
    return picked;
  }

  // Where the answers place the pupil (placement() in matching.cpp): the chosen track's start
  // and later levels; every level when no track was chosen.
  function placement(data, picked) {
    const start = new Set();
    const later = new Set();
    let track = -1;
    let unsure = false;
    for (const [, , option] of picked) {
      if (option.track < 0 || option.track >= data.tracks.length) continue;
      const t = data.tracks[option.track];
      for (const level of t.start) start.add(level);
      for (const level of t.later) later.add(level);
      track = option.track;
      unsure = unsure || option.unsure;
    }
    if (start.size === 0) return { track: -1, start: [1, 2, 3, 4], later: [], known: false };
    for (const level of start) later.delete(level);
    const ascending = (a, b) => a - b;
    return { track, start: [...start].sort(ascending), later: [...later].sort(ascending), known: !unsure };
  }

  const SLACK = 1e-9;
  const COMPARE = {
    "=": (v, b) => Math.abs(v - b) < SLACK,
    ">=": (v, b) => v >= b - SLACK,
    "<=": (v, b) => v <= b + SLACK,
    "<": (v, b) => v < b - SLACK,
    ">": (v, b) => v > b + SLACK,
  };

  // True when every claim of a reason holds for the programme (claims_hold in matching.cpp).
  function claimsHold(claims, programme) {
    for (const [field, feature, comparison, bound] of claims) {
      const value = field === "level" ? programme.level
        : field === "practice" ? programme.practice_percent
        : field === "duration" ? programme.duration_years
        : field === "bol" ? (programme.bol ? 1 : 0)
        : field === "bbl" ? (programme.bbl ? 1 : 0)
        : programme.features[feature];
      if (value === undefined || !COMPARE[comparison](value, bound)) return false;
    }
    return true;
  }

  // The programmes the kiosk showed for these answers, in its order: the fits, the surprise and
  // the later routes, each with the (question, option) pairs whose reasons it gave and how well
  // it fits in words. The list also says whether the answers said enough to rank by (`informed`).
  function rank(data, answers) {
    const picked = pickedOf(data, answers);
    const place = placement(data, picked);
    const startsAt = (programme) => place.start.includes(programme.level);
    // Enough answers that weigh, one of them about what the pupil likes or is good at (says_enough).
    const weighingPicks = picked.filter(([, , option]) => option.weights.length > 0);
    const weighing = new Set(weighingPicks.map(([q]) => q)).size;
    const marked = data.questions.some((q) => q.interest);
    const informed = weighing >= data.matching.informed_answers &&
                     (!marked || weighingPicks.some(([q]) => data.questions[q].interest));

    // The sums run in the kiosk's order, so the floating-point results are the same to the bit.
    const contribution = (option, programme) => option.weights.reduce((sum, [f, w]) => sum + w * programme.features[f], 0);
    const weightTotal = (option) => option.weights.reduce((sum, [, w]) => sum + w, 0);
    let best = 0;
    for (const [, , option] of picked) best += weightTotal(option);
    const strengthOf = (score) => {
      if (!informed || best <= 0) return "interesting";
      const share = score / best;
      return share >= data.matching.strong_match ? "strong" : share >= data.matching.good_match ? "good" : "interesting";
    };

    const reasonsFor = (programme) => {
      const candidates = [];
      for (const [q, o, option] of picked) {
        const total = weightTotal(option);
        const gained = contribution(option, programme);
        if (total > 0 && gained > 0 && gained >= data.matching.reason_threshold * total && option.reason &&
            claimsHold(option.claims, programme))
          candidates.push({ gained, q, o });
      }
      candidates.sort((a, b) => b.gained - a.gained);  // stable, like std::stable_sort
      const room = startsAt(programme) ? MAX_REASONS : MAX_REASONS - 1;
      return candidates.slice(0, room).map((c) => [c.q, c.o]);
    };

    const scored = data.programme_order.map((crebo) => {
      const programme = data.programmes[crebo];
      let score = 0;
      for (const [, , option] of picked) score += contribution(option, programme);
      return { crebo, programme, score };
    });
    scored.sort((a, b) => (a.score !== b.score ? b.score - a.score : a.crebo < b.crebo ? -1 : a.crebo > b.crebo ? 1 : 0));

    const fits = [];
    const later = [];
    const fitDomains = new Set();
    if (best <= 0 && scored.filter((s) => startsAt(s.programme)).length > data.matching.results) {
      const none = [];
      none.informed = informed;
      none.track = place.track;
      return none;
    }
    const make = (s, kind, reasons) => ({ crebo: s.crebo, kind, reasons, strength: strengthOf(s.score) });
    for (const s of scored) {
      if (startsAt(s.programme)) {
        if (fits.length < data.matching.results) {
          fits.push(make(s, "fit", reasonsFor(s.programme)));
          fitDomains.add(s.programme.domain);
        }
      } else if (place.later.includes(s.programme.level) && later.length < LATER_ROUTES) {
        // A later route's reasons follow from its level; the link leaves them out.
        later.push(make(s, "later", []));
      }
    }
    const entreeOnly = place.start.length === 1 && place.start[0] === 1;
    const surprise = scored.find((s) => !fits.some((f) => f.crebo === s.crebo) && startsAt(s.programme) &&
                                        (s.programme.level > 1 || entreeOnly) && !fitDomains.has(s.programme.domain));
    const shown = fits.slice();
    if (surprise) shown.push(make(surprise, "surprise", reasonsFor(surprise.programme)));
    const result = shown.concat(later);
    result.informed = informed;
    result.track = place.track;
    return result;
  }

  exports.decodeFragment = decodeFragment;
  exports.decodeShortCode = decodeShortCode;
  exports.rank = rank;
  exports.placement = (data, answers) => placement(data, pickedOf(data, answers));
})(typeof module !== "undefined" && module.exports ? module.exports : (window.KioskResult = {}));
