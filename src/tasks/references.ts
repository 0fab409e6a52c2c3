import { trimEndOf } from "../lexicon/text.js";
import type { Reference } from "../model/schema.js";
import { isoDate } from "../deadlines/calendar.js";

const REF = /(Nghị quyết|Quyết định|Kết luận|Chỉ thị|Thông báo(?: kết luận)?|Công điện|Kế hoạch|Nghị định|Thông tư|Hướng dẫn|Công văn|Báo cáo|Quy định|Chương trình|Văn bản|Luật)\s+(?:số\s+)?(\d[\d.]*(?:\/\d{4})?[-/][\p{L}\d]+(?:[-/][\p{L}\d]+)*)(?:,?\s*ngày\s+(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?:\s+năm\s+|[/.-])(\d{4}))?/gu;

/**
 * Finds cited documents: `Nghị quyết số 26-NQ/TU, ngày 10/7/2023`, `Quyết định số 1234/QĐ-TTg`.
 *
 * @example
 * ```ts
 * const [r] = parseReferences("theo Kết luận số 14-KL/TW ngày 5 tháng 3 năm 2024");
 * r?.symbol; // "14-KL/TW"
 * r?.date;   // "2024-03-05"
 * ```
 */
export function parseReferences(text: string): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(REF)) {
    const date = m[5] ? isoDate(Number(m[5]), Number(m[4]), Number(m[3])) : null;
    out.push({ docType: m[1] ?? null, symbol: trimEndOf(m[2] ?? "", ".,;"), date, text: m[0], span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
