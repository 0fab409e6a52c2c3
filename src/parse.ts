import type { Diagnostic, Notice } from "./model/schema.js";
import { SCHEMA_VERSION } from "./model/version.js";
import { normalize } from "./normalize/index.js";
import { structure } from "./structure/index.js";
import { compileLexicon, extractTasks, parseReferences, type LexiconExtension } from "./tasks/index.js";
import { attachDeadlines } from "./deadlines/index.js";
import { isoDate } from "./deadlines/calendar.js";
import { temporalMentions } from "./deadlines/mentions.js";
import type { DocumentStructure } from "./structure/index.js";

/** The body's extent in the normalized text (from the meeting line when there is one, to the end of its last line). */
function bodySpan(doc: DocumentStructure, from?: number): { start: number; end: number } {
  const first = doc.lines[doc.bodyStart];
  const last = doc.lines[Math.max(doc.bodyStart, doc.bodyEnd - 1)];
  const start = Math.min(from ?? Infinity, first?.start ?? doc.text.length);
  return { start, end: Math.max(start, last?.end ?? doc.text.length) };
}

/**
 * Options of {@link parseNotice}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { referenceDate: "2024-03-27", lexicon: { heads: ["Ban Quản lý dự án"] } };
 * ```
 */
export interface ParseOptions {
  /** `YYYY-MM-DD`: resolve deadlines against this date instead of the one found in the notice. */
  referenceDate?: string;
  /** More party heads and aliases. */
  lexicon?: LexiconExtension;
}

/**
 * Parses a conclusion notice (or any Vietnamese directive document) into typed data:
 * metadata, the section tree, tasks with assignees, roles and deadlines, cited documents and
 * diagnostics. Pure and synchronous; never throws for any string input.
 *
 * @example
 * ```ts
 * import { parseNotice } from "ketluan";
 * const notice = parseNotice(text);
 * for (const t of notice.tasks) console.log(t.text, t.deadline?.end);
 * ```
 */
export function parseNotice(text: string, options: ParseOptions = {}): Notice {
  const input = typeof text === "string" ? text : String(text ?? "");
  const diagnostics: Diagnostic[] = [];
  try {
    const norm = normalize(input);
    diagnostics.push(...norm.diagnostics);
    const doc = structure(norm);
    diagnostics.push(...doc.diagnostics);
    let referenceDate = doc.meta.referenceDate;
    if (options.referenceDate !== undefined) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(options.referenceDate);
      if (m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) referenceDate = options.referenceDate;
      else diagnostics.push({ code: "options.referenceDate", severity: "error", message: `referenceDate must be YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}` });
    }
    if (!referenceDate) diagnostics.push({ code: "deadline.noReferenceDate", severity: "warning", message: "no issue or meeting date found: dates without a year and relative periods are not resolved" });
    const lex = compileLexicon(options.lexicon);
    const tasks = attachDeadlines(extractTasks(doc, lex), norm.text, referenceDate);
    // each cited document with the task that cites it
    const references = parseReferences(norm.text).map((r) => ({ ...r, taskId: tasks.find((t) => t.span.start <= r.span.start && r.span.end <= t.span.end)?.id ?? null }));
    if (tasks.length === 0) diagnostics.push({ code: "tasks.none", severity: "info", message: "no directive found in the body" });
    return {
      schemaVersion: SCHEMA_VERSION,
      meta: { ...doc.meta, referenceDate },
      sections: doc.sections,
      tasks,
      references,
      temporals: temporalMentions({ ...doc.meta, referenceDate }, norm.text, tasks, references, bodySpan(doc, doc.meta.meeting?.span?.start)),
      diagnostics,
    };
  } catch (err) {
    // a bug must not take the caller down: report it and return what is certain
    diagnostics.push({ code: "internal.error", severity: "error", message: `internal error: ${err instanceof Error ? err.message : String(err)}` });
    return {
      schemaVersion: SCHEMA_VERSION,
      meta: { kind: "unknown", docType: null, symbol: null, issuer: null, place: null, issuedOn: null, title: null, meeting: null, signature: null, recipients: [], archive: null, referenceDate: null },
      sections: [], tasks: [], references: [], temporals: [], diagnostics,
    };
  }
}
