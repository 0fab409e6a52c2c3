// HTML as it comes from a web page or a "save as web page": text with its blocks on lines.
const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "hr", "title", "dd", "dt"]);
const CELL = new Set(["td", "th"]);
const SKIP = new Set(["script", "style", "head", "noscript", "template", "svg"]);
const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", bull: "•", middot: "·", shy: "\u00ad",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", egrave: "è", eacute: "é", ecirc: "ê", igrave: "ì", iacute: "í",
  ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ugrave: "ù", uacute: "ú", yacute: "ý",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Egrave: "È", Eacute: "É", Ecirc: "Ê", Igrave: "Ì", Iacute: "Í",
  Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ugrave: "Ù", Uacute: "Ú", Yacute: "Ý",
};

function decodeEntity(name: string): string | null {
  if (name.startsWith("#x") || name.startsWith("#X")) {
    const cp = Number.parseInt(name.slice(2), 16);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  if (name.startsWith("#")) {
    const cp = Number.parseInt(name.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  return NAMED[name] ?? null;
}

/**
 * The text of an HTML page, for {@link parseNotice}: block elements (`p`, `div`, `li`, `tr`,
 * `br`, headings) end lines, a table row is one line with its cells after ` | ` (blocks inside a
 * cell are spaces; `normalize` keeps a task table's rows and splits other tables' cells),
 * scripts and styles are dropped, entities decoded. A single linear pass; never throws.
 *
 * @example
 * ```ts
 * htmlToText("<p>Số: 5/TB-UBND</p><p>1. Giao Sở Y t&#7871; rà soát.</p>"); // "Số: 5/TB-UBND\n1. Giao Sở Y tế rà soát."
 * ```
 */
export function htmlToText(html: string): string {
  let out = "";
  let skip = "";
  // inside a table cell, blocks (the `<p>` Word puts in every cell) are spaces: a row stays one line
  let cell = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html[i];
    if (c === "<") {
      // a comment runs to `-->`; a tag to the next `>`
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const end = html.indexOf(">", i + 1);
      if (end < 0) break;
      const tag = html.slice(i + 1, end);
      const closing = tag.startsWith("/");
      const name = (/^\/?\s*([A-Za-z][A-Za-z0-9]*)/u.exec(tag)?.[1] ?? "").toLowerCase();
      i = end + 1;
      if (skip) {
        if (closing && name === skip) skip = "";
        continue;
      }
      if (!closing && SKIP.has(name) && !tag.endsWith("/")) {
        skip = name;
        continue;
      }
      if (CELL.has(name)) {
        if (closing) cell = Math.max(0, cell - 1);
        else {
          cell++;
          out += " | ";
        }
      } else if (BLOCK.has(name)) {
        if (name === "tr" || name === "table") cell = 0;
        out += cell > 0 ? " " : "\n";
      }
      continue;
    }
    if (skip) {
      i++;
      continue;
    }
    if (c === "&") {
      // an entity is short: look for its `;` within ten characters only (a long run of `&` stays linear)
      const semi = html.slice(i + 1, i + 11).indexOf(";") + i + 1;
      if (semi > i) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== null) {
          out += decoded;
          i = semi + 1;
          continue;
        }
      }
    }
    // source line breaks inside a block are spaces in HTML
    out += c === "\n" || c === "\r" || c === "\t" ? " " : c;
    i++;
  }
  // blocks end lines; empty lines between them mean nothing in HTML
  return out.split("\n").map((l) => l.replace(/ {2,}/gu, " ").trim()).filter((l) => l.length > 0).join("\n");
}
