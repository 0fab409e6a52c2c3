/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * const excel: CsvOptions = { bom: true, crlf: true };
 * ```
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads Vietnamese text right. */
  bom?: boolean;
  /** End lines with CRLF, as RFC 4180 writes them (default LF). */
  crlf?: boolean;
}

/**
 * Writes rows as CSV (RFC 4180): a field with a comma, a quote or a line break is quoted, and
 * its quotes doubled.
 *
 * @example
 * ```ts
 * toCsv([["Nhiệm vụ", "Chủ trì"], ["Rà soát, báo cáo", "Sở Y tế"]]); // 'Nhiệm vụ,Chủ trì\n"Rà soát, báo cáo",Sở Y tế\n'
 * ```
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, options: CsvOptions = {}): string {
  const eol = options.crlf ? "\r\n" : "\n";
  const field = (v: string | number | null | undefined): string => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const body = rows.map((r) => r.map(field).join(",")).join(eol);
  return `${options.bom ? "\ufeff" : ""}${body}${rows.length ? eol : ""}`;
}

/**
 * Writes rows as a Markdown table, the first row as its header; `|` and line breaks in cells
 * are escaped.
 *
 * @example
 * ```ts
 * toMarkdownTable([["STT", "Nhiệm vụ"], ["1", "Rà soát"]]); // "| STT | Nhiệm vụ |\n| --- | --- |\n| 1 | Rà soát |\n"
 * ```
 */
export function toMarkdownTable(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const [head, ...body] = rows;
  if (!head) return "";
  const cell = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : String(v)).replaceAll("|", "\\|").replace(/\r?\n/gu, "<br>");
  const line = (r: ReadonlyArray<string | number | null | undefined>): string => `| ${r.map(cell).join(" | ")} |`;
  return `${[line(head), `| ${head.map(() => "---").join(" | ")} |`, ...body.map(line)].join("\n")}\n`;
}
