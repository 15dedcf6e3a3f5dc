// A small SPARQL and Turtle highlighter, written for kg (no library, no
// network). It splits text into tokens with one regular expression and
// wraps each in a <span class="tok-KIND">, building DOM nodes so that no
// text is ever parsed as HTML.
"use strict";

const KG_KEYWORDS = new Set(("select construct describe ask where from named prefix base distinct reduced " +
  "optional filter union minus graph service silent bind values as order by asc desc limit offset group having " +
  "not exists in a true false insert delete data load clear drop create add move copy into with using default all " +
  "count sum min max avg sample group_concat separator str lang langmatches datatype bound iri uri bnode rand abs " +
  "ceil floor round concat strlen ucase lcase encode_for_uri contains strstarts strends strbefore strafter year " +
  "month day hours minutes seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 coalesce if strlang " +
  "strdt sameterm isiri isuri isblank isliteral isnumeric regex substr replace").split(" "));

const KG_TOKEN = new RegExp([
  "(#[^\\n]*)",                                              // 1 comment
  "('''[\\s\\S]*?'''|\"\"\"[\\s\\S]*?\"\"\"|'(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\")", // 2 string
  "(<[^<>\"{}|^`\\\\\\s]*>)",                                // 3 IRI
  "([?$][\\w\\u00B7-\\uFFFF]+)",                            // 4 variable
  "((?:[A-Za-z][\\w.-]*)?:[\\w.:%-]*|_:[\\w.-]*)",           // 5 prefixed name or blank node
  "(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",                         // 6 language tag
  "([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)",               // 7 number
  "([A-Za-z_][\\w]*)",                                       // 8 word
].join("|"), "g");
const KG_KINDS = [null, "comment", "string", "iri", "var", "pname", "lang", "number", "word"];

// Fill `target` with the highlighted `text`.
function kgHighlight(target, text) {
  const out = document.createDocumentFragment();
  let last = 0;
  KG_TOKEN.lastIndex = 0;
  for (let m = KG_TOKEN.exec(text); m !== null; m = KG_TOKEN.exec(text)) {
    if (m[0] === "") { KG_TOKEN.lastIndex++; continue; }
    if (m.index > last) out.appendChild(document.createTextNode(text.slice(last, m.index)));
    let kind = KG_KINDS[m.slice(1).findIndex((g) => g !== undefined) + 1];
    if (kind === "word") kind = KG_KEYWORDS.has(m[0].toLowerCase()) ? "kw" : null;
    if (kind) {
      const span = document.createElement("span");
      span.className = "tok-" + kind;
      span.textContent = m[0];
      out.appendChild(span);
    } else {
      out.appendChild(document.createTextNode(m[0]));
    }
    last = m.index + m[0].length;
  }
  out.appendChild(document.createTextNode(text.slice(last) + "\n"));
  target.replaceChildren(out);
}
