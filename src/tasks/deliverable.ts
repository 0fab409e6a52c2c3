import type { Assignment, Deliverable } from "../model/schema.js";
import { matchKey } from "../lexicon/key.js";
import { wordStartMatch } from "../lexicon/text.js";
import { DELIVERABLE_NOUNS, PRODUCING_VERBS } from "../lexicon/roles.js";

// at a word start (see wordStartMatch)
const NOUN = new RegExp(`(?:${PRODUCING_VERBS.join("|")})(?:,? (?:${PRODUCING_VERBS.join("|")}))* (?:các |một |01 )?(${DELIVERABLE_NOUNS.join("|")})(?![\\p{L}\\d])`, "gu");
const REPORT = /báo cáo(?= )/gu;
// where the product's description ends: a clause boundary or the verb that sends it on
const PRODUCT_END = /[,.;:(]| (?:trình|báo cáo|gửi|trước|trong|chậm nhất|để|nhằm|bảo đảm|đảm bảo|theo|xong|hoàn thành|và báo cáo)(?![\p{L}\d])/u;

/**
 * The product a task's text names (`hoàn thiện dự thảo Đề án ...`, `xây dựng Kế hoạch ...`,
 * `báo cáo Ủy ban nhân dân tỉnh`), with whom it goes to, or undefined. Spans are offsets into
 * `text` shifted by `base`.
 *
 * @example
 * ```ts
 * extractDeliverable("Sở Y tế hoàn thiện dự thảo Đề án phát triển y tế cơ sở, trình Ủy ban nhân dân tỉnh.", 0, [])?.kind; // "dự thảo đề án"
 * ```
 */
export function extractDeliverable(text: string, base: number, assignments: readonly Assignment[]): Deliverable | undefined {
  const key = matchKey(text);
  const to = assignments.find((a) => a.role === "reportTo")?.party.name ?? null;
  const m = wordStartMatch(NOUN, key);
  if (m) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    const rest = key.slice(start);
    const stop = PRODUCT_END.exec(rest.slice((m[1] ?? "").length));
    const end = start + (m[1] ?? "").length + (stop ? stop.index : rest.length - (m[1] ?? "").length);
    const words = text.slice(start, end).trim().split(" ");
    // a long tail is the content, not the name: keep the head of the product
    const shown = words.slice(0, 14).join(" ");
    let kind = m[1] ?? "";
    const sub = /^dự thảo (nghị định|nghị quyết|quyết định|thông tư|chỉ thị|luật|đề án|kế hoạch|quy chế|quy định|báo cáo|tờ trình|văn bản)/u.exec(key.slice(start));
    if (sub) kind = `dự thảo ${sub[1]}`;
    return { kind, text: shown, to, span: { start: base + start, end: base + start + shown.length } };
  }
  // `tổng hợp, báo cáo Ủy ban nhân dân tỉnh`: the product is a report to that body
  const report = wordStartMatch(REPORT, key);
  if (report && to) return { kind: "báo cáo", text: text.slice(report.index, report.index + 7), to, span: { start: base + report.index, end: base + report.index + 7 } };
  return undefined;
}
