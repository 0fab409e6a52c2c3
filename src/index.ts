/**
 * ketluan: Vietnamese conclusion notices (thông báo kết luận) as typed data.
 *
 * @example
 * ```ts
 * import { parseNotice } from "ketluan";
 * const notice = parseNotice(text);
 * ```
 * @packageDocumentation
 */
export * from "./model/schema.js";
export { parseNotice, type ParseOptions } from "./parse.js";
export { normalize, type NormalizedText } from "./normalize/index.js";
export { htmlToText } from "./normalize/html.js";
export { decodeBytes } from "./normalize/bytes.js";
export { decodeLegacy, detectLegacyEncoding, type LegacyDetection, type LegacyEncoding, type LegacyText } from "./normalize/legacy.js";
export {
  structure, parseSymbol, isPersonName, signedName, parseLabel, isItemStart, isLabelOnly, romanValue, VIETNAMESE_LETTERS,
  type DocumentStructure, type Block, type Line, type LabelMatch,
} from "./structure/index.js";
export {
  extractTasks, parseReferences, parsePartyList, compileLexicon, canonicalKey, withHome,
  type TaskDraft, type Lexicon, type LexiconExtension, type FoundParty,
} from "./tasks/index.js";
export { temporalMentions } from "./deadlines/mentions.js";
export { attachDeadlines, findDeadlines, undatedEvents, resolveDeadline, tetOf, canChi, yearOfCanChi, lunarToSolar, type DeadlineCandidate } from "./deadlines/index.js";
export { matchKey, stripDiacritics } from "./lexicon/key.js";
export { DOCUMENT_TYPES, TITLE_DOC_TYPES, PARTY_ISSUER_CODES, STATE_ISSUER_CODES } from "./lexicon/documents.js";
export { PARTY_HEADS, FIELDS, type PartyHead } from "./lexicon/parties.js";
export { GAZETTEER, type KnownBody } from "./lexicon/gazetteer.js";
export { renderTaskTable } from "./format/table.js";
export { toEdocMetadata, type EdocMetadata } from "./format/edoc.js";
export { responsibilityMatrix, timeline, type DueStatus, type MatrixOptions, type NamedNotice, type NoticeInput, type PartyRow, type ResponsibilityMatrix, type TaskRef, type TimelineEntry } from "./matrix/index.js";
export { toCsv, toMarkdownTable, type CsvOptions } from "./format/csv.js";
export { annexRows, deadlineLabel, matrixRows, timelineRows } from "./format/tables.js";
export { toICalendar, type ICalendarOptions } from "./format/ical.js";
export { renderReport, type ReportOptions } from "./format/report.js";
export { noticeJsonSchema } from "./model/jsonSchema.js";
