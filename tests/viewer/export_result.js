// Runs the viewer's JSON export (tools/portfolio-viewer/export.js) in Node, as the "Download
// (JSON)" button does in the browser: decodes a link's fragment (or `k=<short code>`) with
// result.js against the viewer data, in the link's language, and prints the document.
// Usage: node export_result.js viewer-data.json FRAGMENT
"use strict";

const fs = require("fs");
const path = require("path");
const viewer = path.join(__dirname, "../../tools/portfolio-viewer");
const result = require(path.join(viewer, "result.js"));
const sheet = require(path.join(viewer, "export.js"));

const pack = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const fragment = process.argv[3];
const code = fragment.startsWith("k=");
const decoded = code ? result.decodeShortCode(pack, fragment.slice(2)) : result.decodeFragment(fragment);
if (!decoded) {
  console.error("geen geldige link of code: " + fragment);
  process.exit(1);
}
// The page's language, as viewer.js picks it: the link's `l`, Dutch for a code.
const translation = (pack.translations || {})[decoded.language];
const data = translation ? Object.assign({}, pack, translation) : pack;
const complete = sheet.withStrengths(data, decoded, result.rank);  // as viewer.js does before drawing
console.log(JSON.stringify(sheet.exportDocument(data, complete, code ? "code" : "link"), null, 2));
