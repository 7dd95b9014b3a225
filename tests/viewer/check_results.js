// Runs the viewer's result.js in Node against results the kiosk made: for every case, the short
// code must decode to exactly what the QR link's fragment says (the same programmes in the same
// order, the same reasons, favourite, reflections and next step), and a code with one character
// changed must be refused. Usage: node check_results.js viewer-data.json cases.json
"use strict";

const fs = require("fs");
const path = require("path");
const result = require(path.join(__dirname, "../../tools/portfolio-viewer/result.js"));

const data = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// What both ways of carrying a result must agree on. The link's fragment only marks a favourite
// that is on the list, and writes no reflections when none were given.
function comparable(r) {
  const listed = r.programmes.some((p) => p.crebo === r.favourite);
  return JSON.stringify({
    answers: r.answers,
    programmes: r.programmes.map((p) => [p.crebo, p.kind, p.reasons]),
    favourite: listed ? r.favourite : "",
    reflections: r.reflections.every((o) => o < 0) ? [] : r.reflections,
    nextStep: r.nextStep,
  });
}

let failed = 0;
let typos = 0;
for (const { code, fragment, strengths, informed } of cases) {
  const fromLink = result.decodeFragment(fragment);
  const fromCode = result.decodeShortCode(data, code);
  // How well each fits, in words, and whether the answers said enough: as the kiosk showed it.
  const words = fromCode && JSON.stringify(fromCode.programmes.map((p) => "results.strength_" + p.strength));
  if (fromCode && (words !== JSON.stringify(strengths) || fromCode.programmes.informed !== informed)) {
    if (++failed <= 5) console.error("andere woorden voor " + code + ": " + words + " / " + JSON.stringify(strengths));
    continue;
  }
  if (!fromLink || !fromCode || comparable(fromLink) !== comparable(fromCode)) {
    if (++failed <= 5) console.error("verschil voor " + code + ":\n  link: " + (fromLink && comparable(fromLink)) +
                                     "\n  code: " + (fromCode && comparable(fromCode)));
    continue;
  }
  // One character mistyped: refused, never someone else's result.
  const positions = [...code].map((c, i) => (c === "-" ? -1 : i)).filter((i) => i >= 0);
  const at = positions[code.length % positions.length];
  const other = SYMBOLS[(SYMBOLS.indexOf(code[at]) + 1 + (code.length % 31)) % 32];
  if (result.decodeShortCode(data, code.slice(0, at) + other + code.slice(at + 1)) !== null) {
    if (++failed <= 5) console.error("tikfout niet gezien in " + code);
  } else {
    ++typos;
  }
}
console.log(cases.length + " codes vergeleken, " + typos + " tikfouten geweigerd, " + failed + " fout");
process.exit(failed === 0 && cases.length > 0 ? 0 : 1);
