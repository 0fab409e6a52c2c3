import { isMostlyUpper, trimEndOf } from "../lexicon/text.js";
import type { NormalizedText } from "../normalize/index.js";
import type {
  Diagnostic, DocumentSymbol, Meeting, NoticeKind, NoticeMeta, NumberingScheme, Recipient, SectionNode, Signature,
  SigningAuthority, Span,
} from "../model/schema.js";
import { DOCUMENT_TYPES, SIGNED_NOTE, TITLE_DOC_TYPES } from "../lexicon/documents.js";
import { SURNAMES, POSITION_STARTS } from "../lexicon/people.js";
import { compileLexicon, parsePartyList } from "../tasks/parties.js";
import { matchKey } from "../lexicon/key.js";
import { parseLabel, romanValue, type LabelMatch } from "./labels.js";
import { isoDate } from "../deadlines/calendar.js";

export { parseLabel, isItemStart, isLabelOnly, romanValue, VIETNAMESE_LETTERS, type LabelMatch } from "./labels.js";

/**
 * One logical line of the normalized text.
 *
 * @example
 * ```ts
 * const { lines } = structure(normalize(text));
 * lines[0]?.text; // "THÔNG BÁO"
 * ```
 */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  label: LabelMatch | null;
}

/**
 * A line of the body with the section it belongs to.
 *
 * @example
 * ```ts
 * for (const b of structure(normalize(text)).blocks) console.log(b.sectionId, b.content);
 * ```
 */
export interface Block {
  line: Line;
  /** Id of the section node this line opens, or of the one it sits in. */
  sectionId: string | null;
  /** The node this line opens (a numbered item or bullet), if any. */
  node: SectionNode | null;
  /** Ids of the nodes above this line, outermost first (not counting `node`). */
  ancestors: string[];
  /** The text after the label. */
  content: string;
  /** Offset of `content` in the normalized text. */
  contentStart: number;
}

/**
 * The document's parts: header metadata, preamble, body (with its section tree), closing,
 * signature, recipients and appendices.
 *
 * @example
 * ```ts
 * const doc = structure(normalize(text));
 * doc.meta.symbol?.raw; // "467/TB-VPCP"
 * doc.sections.length;  // 3
 * ```
 */
export interface DocumentStructure {
  text: string;
  lines: Line[];
  meta: NoticeMeta;
  sections: SectionNode[];
  blocks: Block[];
  /** Parties addressed by `Kính gửi:`. */
  addressees: Recipient[];
  /** Line index range of the body: `[bodyStart, bodyEnd)`. */
  bodyStart: number;
  bodyEnd: number;
  /** The sentence that opens the conclusions (`... kết luận như sau:`), if found. */
  opening: Line | null;
  diagnostics: Diagnostic[];
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      const t = text.slice(start, i);
      if (t.trim().length > 0) lines.push({ index: lines.length, start, end: i, text: t, label: parseLabel(t) });
      start = i + 1;
    }
  }
  return lines;
}

// `Số: 123/TB-UBND`, and spaces a template leaves around the first separator: `Số: 123 /TB-UBND`, `Số 45 - TB/HU`
const SYMBOL = /(?:^|\s)Số\s*(?::\s*)?([\p{L}\d.]* ?[-/] ?[\p{L}\d./-]*\p{L}[\p{L}\d]*)/u;
// a place and a date in figures (`Krông Năng, ngày 5/3/2025`), or a date on the number's line
const HEADER_NUMERIC_DATE = /(?:^|,\s*|\s)(?:(\p{Lu}[\p{L} .'-]{1,40}),\s*)?ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/u;
const HEADER_DATE = /(?:^|,\s*|\s)(?:(\p{Lu}[\p{L} .'-]{1,40}),\s*)?ngày(?: (\d{1,2}) | [.…_]* | +)tháng (\d{1,2}) năm (\d{4})/u;
const NUMERIC_DATE = /ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;
const WORD_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const AUTHORITY = /^(T\/M|T\/L|K\/T|TM\.|KT\.|TL\.|TUQ\.|Q\.) ?(.*)$/u;
const AUTHORITY_KIND: Readonly<Record<string, SigningAuthority>> = {
  "T/M": "onBehalfOf", "TM.": "onBehalfOf", "T/L": "byOrderOf", "TL.": "byOrderOf", "K/T": "signingFor",
  "KT.": "signingFor", "TUQ.": "byDelegation", "Q.": "acting",
};
// `... kết luận như sau:`, and the bare `Phó Chủ tịch kết luận:` / `Thủ tướng chỉ đạo:` ending the preamble
const OPENING = /(?:như sau|sau đây|các nội dung sau|một số nội dung sau|chỉ đạo sau)\s*(?::\s*)?$|(?:kết luận|chỉ đạo|ý kiến)\s+như\s+sau|(?:kết luận|chỉ đạo|yêu cầu|thống nhất)\s*:\s*$/iu;
const CLOSING = /^(?:Trên cơ sở (?:Thông báo|Kết luận|Chỉ thị|Công điện|Kế hoạch|văn bản) này|Trên đây là (?:ý kiến |nội dung )?(?:kết luận|chỉ đạo|thông báo)|Văn phòng .{0,80}?(?:xin )?thông báo (?:để|cho|ý kiến)|.{0,120}\bthông báo (?:để|cho) .{0,120}\bbiết)/iu;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVXLC\d]+)?\s*(?:[:.]\s*)?$|^PHỤ LỤC(?![\p{L}\d])/u;
const NATIONAL = /^(?:CỘNG HÒA|CỘNG HOÀ|CHỦ NGHĨA VIỆT NAM|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM)/u;
const SIGNER_TITLE = /(?<=\s)(?:PHÓ|THỨ TRƯỞNG|CHÁNH|GIÁM ĐỐC|BÍ THƯ|CHỦ TỊCH|CHỦ NHIỆM|TRƯỞNG BAN|TRƯỞNG PHÒNG|ỦY VIÊN|UỶ VIÊN|TỔNG)(?![\p{L}\d])/gu;
const MARK = /^(?:ĐỘ\s+)?(HỎA TỐC HẸN GIỜ|HOẢ TỐC HẸN GIỜ|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)$/u;
const MARKS: Readonly<Record<string, { urgency?: NonNullable<NoticeMeta["urgency"]>; secrecy?: NonNullable<NoticeMeta["secrecy"]> }>> = {
  "HỎA TỐC HẸN GIỜ": { urgency: "flashTimed" }, "HOẢ TỐC HẸN GIỜ": { urgency: "flashTimed" }, "HỎA TỐC": { urgency: "flash" },
  "HOẢ TỐC": { urgency: "flash" }, "THƯỢNG KHẨN": { urgency: "veryUrgent" }, KHẨN: { urgency: "urgent" },
  "TUYỆT MẬT": { secrecy: "topSecret" }, "TỐI MẬT": { secrecy: "secret" }, MẬT: { secrecy: "confidential" },
};
const SUBJECT = /^(?:V\/v|V\/V|v\/v|Về việc)(?:\s*:)?\s*(\S.*)$/u;
// a second body named inside the issuer lines starts the issuer proper: `TỈNH ỦY LÂM ĐỒNG VĂN PHÒNG`
const ISSUER_UNIT_START = /^(?:VĂN PHÒNG|BAN|SỞ|CỤC|VỤ|PHÒNG|TRUNG TÂM|ỦY BAN|UỶ BAN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|CHI CỤC|THANH TRA|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|THỊ ỦY|HỘI ĐỒNG|BỘ|TRƯỜNG|BỆNH VIỆN|CÔNG AN|BỘ CHỈ HUY)(?![\p{L}\d])/u;
const ISSUER_UNIT = /(?<!ỦY|UỶ|VĂN|CHI)\s(?=(?:VĂN PHÒNG|BAN|SỞ|CỤC|VỤ|PHÒNG|TRUNG TÂM|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|CHI CỤC|THANH TRA)(?![\p{L}\d]))/gu;

/**
 * Parses a number and symbol as written after `Số`.
 *
 * @example
 * ```ts
 * parseSymbol("845-TB/TU"); // { raw: "845-TB/TU", number: "845", typeCode: "TB", issuerCode: "TU", unitCode: null }
 * parseSymbol("45/UBND-KT"); // { raw: "45/UBND-KT", number: "45", typeCode: null, issuerCode: "UBND", unitCode: "KT" }
 * ```
 */
export function parseSymbol(raw: string): DocumentSymbol & { form: NoticeKind } {
  const written = trimEndOf(raw, ".,;:");
  // read without the spaces a template may leave (`123 /TB-UBND`); `raw` keeps them as written
  const cleaned = written.replace(/ +/gu, "");
  const party = /^(\d[\d.]*[a-z]?)?-([^/]+)\/(.+)$/u.exec(cleaned);
  if (party) {
    const [issuer, ...unit] = (party[3] ?? "").split("-");
    return { raw: written, number: party[1] ?? null, typeCode: party[2] ?? null, issuerCode: issuer ?? null, unitCode: unit.length ? unit.join("-") : null, form: "party" };
  }
  const state = /^(\d[\d.]*[a-z]?)?\/(.+)$/u.exec(cleaned);
  if (state) {
    const parts = (state[2] ?? "").split("-");
    // years in decree symbols: 30/2020/NĐ-CP
    if (/^\d{4}\//u.test(state[2] ?? "")) parts[0] = (parts[0] ?? "").replace(/^\d{4}\//u, "");
    const first = parts[0] ?? "";
    const isType = first in DOCUMENT_TYPES;
    return {
      raw: written, number: state[1] ?? null, typeCode: isType ? first : null,
      issuerCode: (isType ? parts[1] : first) ?? null, unitCode: (isType ? parts.slice(2) : parts.slice(1)).join("-") || null, form: "state",
    };
  }
  return { raw: written, number: null, typeCode: null, issuerCode: null, unitCode: null, form: "unknown" };
}


/**
 * Whether a line is a person's name as signed: `Nguyễn Văn An`, `NGUYỄN VĂN AN`.
 *
 * @example
 * ```ts
 * isPersonName("Hoàng Văn Bằng"); // true
 * isPersonName("Như trên");       // false
 * ```
 */
export function isPersonName(t: string): boolean {
  const s = signedName(t);
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w))) return false;
  const first = matchKey(words[0] ?? "");
  if (SURNAMES.has(first)) return true;
  // ethnic-minority and foreign-born names (`Y Nguôn Bkrông`, `H' Yim Kđoh`): Title Case words
  // not found among position words
  return words.every((w) => /^\p{Lu}(?:\p{Ll}+|\p{Ll}*['’]\p{Ll}*)$/u.test(w)) && !POSITION_STARTS.some((p) => matchKey(s).startsWith(p));
}

// what may stand before a signer's name: an honorific, degrees, a rank (`ThS.`, `PGS.TS.`, `Thiếu tướng`)
const NAME_PREFIX = /^(?:(?:đồng chí|Đồng chí|Đ\/c|đ\/c|GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI{1,2}|DS|KS|NGƯT|NGND|Đại tá|Thượng tá|Trung tá|Thiếu tá|Thiếu tướng|Trung tướng|Thượng tướng|Đại tướng)(?:\.\s*|\s+))+/u;

/**
 * A signer's name without the honorific, degrees or rank written before it.
 *
 * @example
 * ```ts
 * signedName("ThS. Nguyễn Văn Hùng"); // "Nguyễn Văn Hùng"
 * signedName("Thiếu tướng Lê Văn Tuyến"); // "Lê Văn Tuyến"
 * ```
 */
export function signedName(t: string): string {
  return t.trim().replace(NAME_PREFIX, "").trim();
}

// a signer's position written alone above the name, with no authority line (`GIÁM ĐỐC` / name)
const DIRECT_POSITION = /^(?:PHÓ )?(?:CHỦ TỊCH|BÍ THƯ|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHỦ NHIỆM|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TRƯỞNG PHÒNG|CHÁNH THANH TRA|THỦ TRƯỞNG|TƯ LỆNH|CHỈ HUY TRƯỞNG)(?![\p{L}\d])/u;
// what stands between a position and the name: `(Đã ký)`, `[Chữ ký số]`, `(ký, đóng dấu)`, `Đã ký`
const BRACKETED_NOTE = /^[([][^()[\]]{0,40}[)\]]$/u;
const signedMark = (t: string): boolean => BRACKETED_NOTE.test(t) || SIGNED_NOTE.test(t);

const TABLE_ROW_LINE = /^\| .*\|$/u;

/**
 * Whether a line (its spaces at the ends aside) is a row of a task table as normalize keeps one.
 *
 * @example
 * ```ts
 * isTableRowLine("| 1 | Rà soát quy hoạch | Sở Xây dựng | | Quý I/2026 |"); // true
 * isTableRowLine("1. Giao Sở Xây dựng rà soát."); // false
 * ```
 */
export const isTableRowLine = (t: string): boolean => TABLE_ROW_LINE.test(t.trim());

/** Whether the line at `k` is a position signed without authority, with a name within three lines below. */
function directSignatureAt(lines: readonly Line[], k: number): boolean {
  const l = lines[k];
  if (!l || l.label || !DIRECT_POSITION.test(l.text.trim()) || !isMostlyUpper(l.text)) return false;
  for (let j = k + 1; j < Math.min(lines.length, k + 4); j++) {
    const t = lines[j]?.text.trim() ?? "";
    if (isPersonName(t)) return true;
    if (!signedMark(t) && !isMostlyUpper(t)) return false;
  }
  return false;
}


/**
 * Reads the parts of a notice from its normalized text: header (symbol, place and date,
 * issuer, type and title), preamble (meeting date, chair), the numbered section tree of the
 * body, the signature block, recipients and appendices. Pure; never throws.
 *
 * @example
 * ```ts
 * const doc = structure(normalize(text));
 * doc.meta.issuedOn; // "2024-10-14"
 * ```
 */
export function structure(norm: NormalizedText | { text: string }): DocumentStructure {
  const text = norm.text;
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const span = (l: Line): Span => ({ start: l.start, end: l.end });

  // --- header: everything before the title line (or the first content paragraph)
  let titleIdx = -1;
  let docType: string | null = null;
  for (const l of lines.slice(0, 40)) {
    const up = l.text.trim();
    const hit = TITLE_DOC_TYPES.find((t) => up === t || up.startsWith(`${t} `));
    if (hit && isMostlyUpper(up.slice(0, hit.length))) {
      titleIdx = l.index;
      docType = hit.charAt(0) + hit.slice(1).toLowerCase();
      break;
    }
  }
  let symbol: (DocumentSymbol & { form: NoticeKind }) | null = null;
  let symbolLine = -1;
  let issuedOn: string | null = null;
  let place: string | null = null;
  const headerLimit = titleIdx >= 0 ? titleIdx : Math.min(lines.length, 12);
  for (const l of lines.slice(0, headerLimit)) {
    const sm: RegExpExecArray | null = symbol ? null : SYMBOL.exec(l.text);
    if (sm) {
      const parsed = parseSymbol(sm[1] ?? "");
      symbolLine = l.index;
      const s0: number = l.start + l.text.indexOf(sm[1] ?? "");
      if (parsed.number) symbol = { ...parsed, span: { start: s0, end: s0 + parsed.raw.length } };
      else diagnostics.push({ code: "header.blankNumber", severity: "info", message: `the number is left blank: ${parsed.raw}`, span: span(l) });
    }
    let dm: RegExpExecArray | null = issuedOn || place ? null : HEADER_DATE.exec(l.text);
    if (!dm && !issuedOn && !place && !SUBJECT.test(l.text.trim())) {
      const nm = HEADER_NUMERIC_DATE.exec(l.text);
      // figures are the issue date after a place, or on the number's line
      if (nm && (nm[1] || sm)) dm = nm;
    }
    if (dm && !/^Ngày(?![\p{L}\d])/u.test(l.text)) {
      place = dm[1]?.trim() ?? null;
      const day = Number(dm[2]);
      if (Number.isFinite(day) && day > 0) issuedOn = isoDate(Number(dm[4]), Number(dm[3]), day);
      else diagnostics.push({ code: "header.blankDay", severity: "info", message: "the day of the issue date is left blank", span: span(l) });
    }
  }
  const headerLines = lines.slice(0, symbolLine >= 0 ? symbolLine : headerLimit);
  const nationalParty = lines.slice(0, headerLimit).some((l) => /ĐẢNG CỘNG SẢN VIỆT NAM/u.test(l.text));
  const nationalState = lines.slice(0, headerLimit).some((l) => /CỘNG H[OÒ]À? XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI/u.test(l.text));
  let urgency: NoticeMeta["urgency"] = null;
  let secrecy: NoticeMeta["secrecy"] = null;
  let subject: string | null = null;
  const markLines = new Set<number>();
  for (const l of lines.slice(0, Math.max(headerLimit, Math.min(lines.length, 15)))) {
    const t = l.text.trim();
    const mk = MARK.exec(t);
    if (mk) {
      const found = MARKS[mk[1] ?? ""];
      urgency = found?.urgency ?? urgency;
      secrecy = found?.secrecy ?? secrecy;
      markLines.add(l.index);
      continue;
    }
    const sj = subject ? null : SUBJECT.exec(t);
    if (sj) subject = trimEndOf(sj[1] ?? "", " .;");
  }
  // the motto's second line may share its line: `CỘNG HÒA ... VIỆT NAM Độc lập - Tự do - Hạnh phúc`
  const nationalLine = lines.slice(0, headerLimit).find((l) => /^(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM)/u.test(l.text))?.text.split(" Độc lập")[0]?.trim() ?? null;
  const issuerParts = headerLines
    .filter((l) => isMostlyUpper(l.text) && !NATIONAL.test(l.text) && !/^Số(?![\p{L}\d])/u.test(l.text) && !markLines.has(l.index))
    .map((l) => trimEndOf(l.text, " *"));
  const issuerFull = issuerParts.length ? issuerParts.join(" ") : null;
  let issuer = issuerFull;
  let issuerParent: string | null = null;
  if (issuerParts.length >= 2) {
    // one body per line: the last line issues, the lines above name its parent
    issuer = issuerParts[issuerParts.length - 1] ?? null;
    issuerParent = issuerParts.slice(0, -1).join(" ");
    // `ỦY BAN NHÂN DÂN` / `TỈNH SƠN NAM` is one body written on two lines
    if (!ISSUER_UNIT_START.test(issuer ?? "")) {
      issuer = issuerFull;
      issuerParent = null;
    }
  }
  if (issuerFull && issuerParent === null) {
    const cuts = [...issuerFull.matchAll(ISSUER_UNIT)].map((m) => m.index);
    const cut = cuts[cuts.length - 1];
    if (cut !== undefined && cut > 0) {
      issuerParent = issuerFull.slice(0, cut).trim();
      issuer = issuerFull.slice(cut).trim();
    }
  }
  const kind: NoticeKind = nationalParty || symbol?.form === "party" ? "party" : nationalState || symbol?.form === "state" ? "state" : "unknown";

  // title: the caps lines after the document type, and a lower-case continuation
  let title: string | null = null;
  let titleEnd = titleIdx;
  if (titleIdx >= 0) {
    const t0 = lines[titleIdx]?.text ?? "";
    const parts = [t0.slice((docType ?? "").length).trim()];
    for (let k = titleIdx + 1; k < lines.length && k < titleIdx + 6; k++) {
      const l = lines[k];
      if (!l || !isMostlyUpper(l.text) || l.label || /^(?:Kính gửi|THỦ TƯỚNG CHÍNH PHỦ điện)/iu.test(l.text)) break;
      parts.push(l.text.trim());
      titleEnd = k;
    }
    // a state notice often gives its title in sentence case: `Kết luận của Phó Thủ tướng ...`
    const next = lines[titleEnd + 1];
    // (and a plan's or directive's subject, `Thực hiện chuyển đổi số năm 2025`: a short line that
    // ends no sentence)
    const subjectLine = (t: string): boolean => /^(?:Kết luận|Ý kiến|Về |Chỉ đạo|Nội dung)/u.test(t) || (t.length <= 160 && !/[.:;!?…]["”)]?\s*$/u.test(t) && !/^(?:Ngày|Hôm nay|Căn cứ|Thực hiện (?:Nghị quyết|Quyết định|Kết luận|Chỉ thị|Kế hoạch|Thông báo|Công văn))(?![\p{L}\d])/u.test(t));
    if (parts.filter(Boolean).length === 0 && next && !next.label && subjectLine(next.text.trim()) && !OPENING.test(next.text)) {
      parts.push(next.text.trim());
      titleEnd = next.index;
    }
    title = parts.filter(Boolean).join(" ") || null;
  }

  // --- addressees (Kính gửi) and the start of the body
  const addressees: Recipient[] = [];
  let opening: Line | null = null;
  let bodyStart = titleEnd + 1;
  const firstLabel = lines.findIndex((l) => l.index > titleEnd && l.label && l.label.scheme !== "bullet");
  for (const l of lines) {
    if (l.index <= titleEnd) continue;
    if (firstLabel >= 0 && l.index >= firstLabel) break;
    if (OPENING.test(l.text)) {
      opening = l;
      bodyStart = l.index + 1;
      break;
    }
  }
  if (!opening && firstLabel >= 0) {
    // no opening sentence: the body starts at the first numbered item, or right after the title
    bodyStart = titleIdx >= 0 ? titleEnd + 1 : 0;
    if (titleIdx < 0 && lines.length && symbolLine >= 0) bodyStart = firstLabel;
  }
  for (let k = titleEnd + 1; k < bodyStart; k++) {
    const l = lines[k];
    if (!l) continue;
    if (/^(?:Đồng\s+)?[Kk]ính gửi\s*:?/u.test(l.text) || /(?<!\p{L})điện\s*:\s*$/u.test(l.text)) {
      const rest = l.text.replace(/^.*?(?:gửi|điện)\s*:?\s*/u, "");
      if (rest) addressees.push({ name: rest.replace(/[;,.]$/u, ""), purpose: "addressee", span: span(l) });
      for (let j = k + 1; j < bodyStart; j++) {
        const r = lines[j];
        if (!r || !/^[-–+•]/u.test(r.text)) break;
        addressees.push({ name: r.text.replace(/^[-–+•]\s*/u, "").replace(/[;,.]$/u, ""), purpose: "addressee", span: span(r) });
      }
    }
  }

  // --- end of the body: closing paragraph, recipients, signature, appendix
  let bodyEnd = lines.length;
  let closingLine: Line | null = null;
  let appendixStart = lines.length;
  const appendices: Array<{ title: string; span: Span }> = [];
  for (let k = bodyStart; k < lines.length; k++) {
    const l = lines[k];
    if (!l) continue;
    if (APPENDIX.test(l.text.trim()) && k > bodyStart) {
      appendixStart = k;
      bodyEnd = Math.min(bodyEnd, k);
      // every appendix, with the caps title lines under its heading
      for (let j = k; j < lines.length; j++) {
        const a = lines[j];
        if (!a || !APPENDIX.test(a.text.trim())) continue;
        const titleParts = [a.text.trim()];
        for (let t = j + 1; t < lines.length && t < j + 4; t++) {
          const tl = lines[t];
          if (!tl || !isMostlyUpper(tl.text) || APPENDIX.test(tl.text.trim())) break;
          titleParts.push(tl.text.trim());
        }
        appendices.push({ title: titleParts.join(" "), span: { start: a.start, end: lines[lines.length - 1]?.end ?? a.end } });
      }
      for (let j = 1; j < appendices.length; j++) {
        const prev = appendices[j - 1];
        const cur = appendices[j];
        if (prev && cur) prev.span = { start: prev.span.start, end: Math.max(prev.span.start, cur.span.start - 1) };
      }
      break;
    }
    if (bodyEnd < lines.length) continue;
    const unlabelled = !l.label;
    const closes = unlabelled && (CLOSING.test(l.text) || (/\.\/\.?\s*$/u.test(l.text) && k > bodyStart));
    if (/^(?:Nơi nhận|NƠI NHẬN)\s*:?/u.test(l.text) || AUTHORITY.test(l.text) || closes || directSignatureAt(lines, k)) {
      bodyEnd = k;
      if (closes) closingLine = l;
    }
  }

  // --- recipients and archive line
  const recipients: Recipient[] = [];
  let archive: string | null = null;
  for (let k = bodyEnd; k < appendixStart; k++) {
    const l = lines[k];
    if (!l || !/^(?:Nơi nhận|NƠI NHẬN)\s*:?/u.test(l.text)) continue;
    const items: Array<{ t: string; l: Line }> = [];
    const inline = l.text.replace(/^(?:Nơi nhận|NƠI NHẬN)\s*:?\s*/u, "");
    for (const part of inline.split(/(?:^|[;,.]\s*)[-–+•]\s+/u)) if (part.trim()) items.push({ t: part, l });
    for (let j = k + 1; j < appendixStart; j++) {
      const r = lines[j];
      if (!r || !/^[-–+•]/u.test(r.text)) break;
      items.push({ t: r.text.replace(/^[-–+•]\s*/u, ""), l: r });
    }
    for (const { t, l: rl } of items) {
      const name = trimEndOf(t.trim(), ";,.");
      if (/^Lưu(?![\p{L}\d])/u.test(name)) {
        archive = name.replace(/^Lưu\s*:?\s*/u, "");
        continue;
      }
      const pm = /\(([^()]*)\)$| (để (?:biết|thực hiện|báo cáo|chỉ đạo|phối hợp)[^,;]*)$/u.exec(name);
      recipients.push({ name: pm ? name.slice(0, pm.index).trim() : name, purpose: pm ? (pm[1] ?? pm[2] ?? null) : null, span: span(rl) });
    }
    break;
  }

  // --- signatures: authority line, caps lines (body and position), then the name; a joint
  // document has several, and a name under a caps line is preferred to a loose one
  const signatures: Signature[] = [];
  const nameLines: Line[] = [];
  let loose: Line | null = null;
  for (let k = bodyEnd; k < appendixStart; k++) {
    const l = lines[k];
    if (!l || /^[-–+•]/u.test(l.text) || !isPersonName(l.text.trim())) continue;
    // (past a copy's `(Đã ký)` line between the position and the name)
    const back = k - 1 >= bodyEnd && signedMark(lines[k - 1]?.text.trim() ?? "") ? 2 : 1;
    const prev = lines[k - back];
    if (prev && k - back >= bodyEnd && (isMostlyUpper(prev.text) || AUTHORITY.test(prev.text))) nameLines.push(l);
    else loose ??= l;
  }
  if (nameLines.length === 0 && loose) nameLines.push(loose);
  for (const nameLine of nameLines) {
    const caps: Line[] = [];
    for (let k = nameLine.index - 1; k >= bodyEnd; k--) {
      const l = lines[k];
      if (l && k === nameLine.index - 1 && signedMark(l.text.trim())) continue;
      if (!l || !(isMostlyUpper(l.text) || AUTHORITY.test(l.text)) || /^[-–+•]/u.test(l.text)) break;
      caps.unshift(l);
      if (AUTHORITY.test(l.text)) break;
    }
    const joined = caps.map((c) => c.text.trim()).join(" ");
    const am = AUTHORITY.exec(joined);
    let rest = am ? (am[2] ?? "") : joined;
    let position: string | null = null;
    const firstLine = AUTHORITY.exec(caps[0]?.text.trim() ?? "");
    // an authority line ending in a comma goes on: `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM PHÓ CHỦ NHIỆM`
    if (am && firstLine && caps.length >= 2 && !(firstLine[2] ?? "").trimEnd().endsWith(",")) {
      // one line each: `KT. BỘ TRƯỞNG BỘ TÀI CHÍNH` / `THỨ TRƯỞNG`
      rest = (firstLine[2] ?? "").trim();
      position = caps.slice(1).map((c) => c.text.trim()).join(" ") || null;
    } else if (am) {
      // all on one line: the signer's own title is the last one named (`KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM`)
      // `PHÓ` goes with the title after it: `PHÓ CHỦ NHIỆM`, `PHÓ CHÁNH VĂN PHÒNG`
      const starts = [...rest.matchAll(SIGNER_TITLE)].map((m) => m.index).filter((i) => i > 0 && !rest.startsWith("PHÓ ", i - 4));
      const posAt = starts[starts.length - 1];
      if (posAt !== undefined) {
        position = rest.slice(posAt).trim();
        rest = rest.slice(0, posAt).trim();
      }
    } else {
      position = rest || null;
      rest = "";
    }
    signatures.push({
      authority: am ? (AUTHORITY_KIND[am[1] ?? ""] ?? "direct") : "direct",
      onBehalfOf: am ? rest || null : null,
      position,
      name: signedName(nameLine.text),
      span: { start: (caps[0] ?? nameLine).start, end: nameLine.end },
    });
  }
  const signature: Signature | null = signatures[signatures.length - 1] ?? null;

  // --- preamble: meeting date and chair
  let meeting: Meeting | null = null;
  const preamble = lines.slice(titleEnd + 1, bodyStart);
  for (const l of preamble) {
    const m = WORD_DATE.exec(l.text) ?? NUMERIC_DATE.exec(l.text);
    if (m && !/(?:số|Số)\s+\S+\s+ngày/u.test(l.text.slice(Math.max(0, m.index - 30), m.index + 5))) {
      const date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
      // `X chủ trì cuộc họp`, or `... họp dưới sự chủ trì của đồng chí Y, Bí thư Tỉnh ủy.`
      const chairM = /(?:dưới )?sự chủ trì của ((?:đồng chí |Đồng chí )?[^,;.]{3,60}?(?:, [^,;.]{3,80}?)?)(?=[.;]|$|,? (?:đã|và|cùng|để|nghe|với)\s)/u.exec(l.text) ?? /[,;] ?([^,;]{3,120}?) (?:đã |đang |vừa |sẽ )?chủ trì(?![\p{L}\d])/u.exec(l.text);
      const placeM = /(?:^|[,;] ?)tại ([^,;]{3,100})(?=[,;]|$)/u.exec(l.text);
      let chair = chairM?.[1]?.trim() ?? null;
      // `đồng chí Trần Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì`: the name before the position's comma
      if (chairM && chair && !chairM[0].includes("sự chủ trì")) {
        const named = /(?:đồng chí|Đồng chí)\s+([^,;]{3,40})$/u.exec(l.text.slice(0, chairM.index));
        if (named && isPersonName(named[1] ?? "")) chair = `${named[0]}, ${chair}`;
      }
      meeting = { date, place: placeM?.[1]?.trim() ?? null, chair, span: span(l) };
      break;
    }
  }
  if (meeting) {
    // `Tham dự cuộc họp có lãnh đạo các Bộ: Tài chính, Tư pháp; đại diện Văn phòng Chính phủ.`
    const attendees: string[] = [];
    for (const l of preamble) {
      for (const am of l.text.matchAll(/(?:Tham dự|Dự họp|Cùng dự|Tham gia)[^.:]{0,40} có ([^.]{3,600})/gu)) {
        for (const part of (am[1] ?? "").split(/;\s*|,\s*(?=(?:lãnh đạo|đại diện|các đồng chí|đồng chí)\s)/u)) {
          const body = part.replace(/^(?:và\s+)?(?:(?:lãnh đạo|đại diện|các đồng chí|đồng chí|thành viên)\s+)+/u, "");
          const found = parsePartyList(body, 0, compileLexicon()).parties.map((p) => p.name);
          attendees.push(...(found.length ? found : [trimEndOf(body.trim(), " ,;.")].filter(Boolean)));
        }
      }
    }
    if (attendees.length) meeting.attendees = [...new Set(attendees)];
    if (meeting.chair) {
      const chair = meeting.chair.replace(/^(?:đồng chí|Đồng chí)\s+/u, "");
      // `Nguyễn Văn Bình, Bí thư Tỉnh ủy`: the name first, then the position
      const comma = chair.indexOf(", ");
      if (comma > 0 && isPersonName(chair.slice(0, comma))) {
        meeting.chairName = chair.slice(0, comma);
        meeting.chairPosition = chair.slice(comma + 2);
      }
      const words = meeting.chairName ? [] : chair.split(" ");
      // the name is the capitalised tail (`Phó Thủ tướng Chính phủ Trần Hồng Hà`)
      for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
        const name = words.slice(-n).join(" ");
        if (isPersonName(name)) {
          meeting.chairName = name;
          meeting.chairPosition = words.slice(0, -n).join(" ") || null;
          break;
        }
      }
    }
  }
  if (opening) {
    const om = /(?:^|[,;:] ?)([^,;:]{3,120}?) (?:đã )?(?:kết luận|có ý kiến chỉ đạo|chỉ đạo) như sau/u.exec(opening.text);
    if (om) {
      const chair = om[1]?.trim() ?? null;
      meeting = meeting ? { ...meeting, chair: meeting.chair ?? chair } : { date: null, chair, span: span(opening) };
    }
  }

  // --- section tree of the body
  const { sections, blocks } = buildTree(lines.slice(bodyStart, bodyEnd), diagnostics);
  // the rows of the tables an appendix holds (`PHỤ LỤC` / `| STT | Nhiệm vụ | Cơ quan chủ trì |
  // ...`): a plan's tasks are often there; its other lines are no part of the section tree
  for (let k = appendixStart; k < lines.length; k++) {
    const l = lines[k];
    if (!l || !isTableRowLine(l.text)) continue;
    const lead = l.text.length - l.text.trimStart().length;
    blocks.push({ line: l, sectionId: null, node: null, ancestors: [], content: l.text.trim(), contentStart: l.start + lead });
  }

  const meta: NoticeMeta = {
    kind, docType, symbol: symbol ? { raw: symbol.raw, number: symbol.number, typeCode: symbol.typeCode, issuerCode: symbol.issuerCode, unitCode: symbol.unitCode ?? null, span: symbol.span } : null,
    issuer, place, issuedOn, title, meeting, signature, recipients, archive,
    referenceDate: issuedOn ?? meeting?.date ?? null,
    nationalLine, issuerParent, subject, urgency, secrecy, addressees,
    opening: opening?.text.trim() ?? null,
    closing: closingLine?.text.trim() ?? null,
    signatures, appendices,
  };
  return { text, lines, meta, sections, blocks, addressees, bodyStart, bodyEnd, opening, diagnostics };
}

const ID_PREFIX: Readonly<Record<NumberingScheme, string>> = {
  part: "part", article: "art", roman: "sec", arabic: "subsec", arabicParen: "subsec", dotted: "subsec",
  letter: "item", parenArabic: "point", parenRoman: "point", bullet: "bullet",
};

function styleKey(m: LabelMatch): string {
  if (m.scheme === "dotted") return `dotted${m.level}`;
  if (m.scheme === "bullet") return `bullet${m.label}`;
  // `1/` and `1-`, `I-`, `A.` are styles of their own: a document that uses them with `1.` nests them by first appearance
  if (m.separator) return `${m.scheme}${m.separator}`;
  if (m.upper) return "upperLetter";
  if (m.scheme === "arabicParen") return "arabic";
  return m.scheme;
}

function idPart(m: LabelMatch, bulletIndex: number): string {
  if (m.scheme === "bullet") return `bullet_${bulletIndex}`;
  const v = m.value.replace(/^Điều\s+/u, "").replace(/^\(/u, "").replace(/^(?:PHẦN|Phần)\s+/u, "").replace(/\s+/gu, "_");
  return `${ID_PREFIX[m.scheme]}_${m.scheme === "dotted" ? v.split(".").pop() : v}`;
}

/**
 * Whether a `(2)` that starts a line only continues an enumeration that began inside the line
 * before (`... như sau: (1) Tổng số ...;` then `(2) Cắt giảm ...`): a wrapped inline list, not
 * a section.
 */
function continuesInlineList(label: LabelMatch | null, prevText: string): boolean {
  if (!label || (label.scheme !== "parenArabic" && label.scheme !== "parenRoman") || label.ordinal < 2) return false;
  // the label before it, inside the line (not at its start), in the same numbering
  for (const m of prevText.matchAll(/\((\d{1,3}|[ivx]{1,5})\)/gu)) {
    const v = m[1] ?? "";
    const ordinal = label.scheme === "parenArabic" ? (/^\d+$/u.test(v) ? Number(v) : 0) : romanValue(v);
    if (m.index > 0 && ordinal === label.ordinal - 1) return true;
  }
  return false;
}

interface Frame {
  key: string;
  node: SectionNode;
  bullets: number;
}

function buildTree(body: Line[], diagnostics: Diagnostic[]): { sections: SectionNode[]; blocks: Block[] } {
  const roots: SectionNode[] = [];
  let rootBullets = 0;
  const stack: Frame[] = [];
  const childOrdinals = new Map<SectionNode | null, Map<string, number>>();
  const blocks: Block[] = [];
  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const touch = (end: number) => {
    for (const f of stack) f.node.span.end = Math.max(f.node.span.end, end);
  };
  let prevText = "";
  for (const line of body) {
    const m = continuesInlineList(line.label, prevText) ? null : line.label;
    prevText = line.text;
    if (m) {
      const key = styleKey(m);
      if (m.scheme !== "bullet") while (stack.length && stack[stack.length - 1]?.key.startsWith("bullet")) stack.pop();
      const at = stack.findIndex((f) => f.key === key);
      if (at >= 0) stack.length = at;
      else if (m.scheme === "dotted") {
        // a dotted label of lower depth closes deeper dotted levels
        while (stack.length && /^dotted\d+$/u.test(stack[stack.length - 1]?.key ?? "") && Number(stack[stack.length - 1]?.key.slice(6)) > m.level) stack.pop();
      }
      const parent = stack[stack.length - 1] ?? null;
      const siblings = parent ? parent.node.children : roots;
      const bulletIndex = m.scheme === "bullet" ? (parent ? ++parent.bullets : ++rootBullets) : 0;
      const parentId = parent?.node.id ?? "";
      let id = (parentId ? `${parentId}__` : "") + idPart(m, bulletIndex);
      if (usedIds.has(id)) {
        // the next free suffix, counted on from the last one given: a label repeated thousands of
        // times would otherwise try every suffix again
        let n = nextSuffix.get(id) ?? 2;
        while (usedIds.has(`${id}_${n}`)) n++;
        nextSuffix.set(id, n + 1);
        id = `${id}_${n}`;
      }
      usedIds.add(id);
      const node: SectionNode = { id, label: m.label.trim(), scheme: m.scheme, depth: stack.length + 1, span: { start: line.start, end: line.end }, children: [] };
      const content = line.text.slice(m.bodyOffset).trim();
      if (content && (/:$/u.test(content) || isMostlyUpper(content) || (!/[.;!?]$/u.test(content) && content.length < 120))) {
        node.heading = content.replace(/:$/u, "");
      }
      if (m.scheme !== "bullet") {
        const ords = childOrdinals.get(parent?.node ?? null) ?? new Map<string, number>();
        childOrdinals.set(parent?.node ?? null, ords);
        const last = ords.get(key);
        if (last !== undefined) {
          if (m.ordinal === last) diagnostics.push({ code: "section.repeat", severity: "warning", message: `label ${node.label} repeats the one before`, span: node.span });
          else if (m.ordinal < last) diagnostics.push({ code: "section.order", severity: "warning", message: `label ${node.label} comes after a higher number`, span: node.span });
          else if (m.ordinal > last + 1) diagnostics.push({ code: "section.gap", severity: "warning", message: `label ${node.label} skips ${m.ordinal - last - 1} number(s)`, span: node.span });
        } else if (m.ordinal > 1 && m.scheme !== "dotted") {
          diagnostics.push({ code: "section.gap", severity: "info", message: `list starts at ${node.label}`, span: node.span });
        }
        ords.set(key, m.ordinal);
      }
      siblings.push(node);
      const ancestors = stack.map((f) => f.node.id);
      stack.push({ key, node, bullets: 0 });
      touch(line.end);
      blocks.push({ line, sectionId: id, node, ancestors, content, contentStart: line.start + m.bodyOffset });
    } else {
      touch(line.end);
      const top = stack[stack.length - 1];
      // a plain paragraph after bullets belongs to the item that holds the bullets
      blocks.push({ line, sectionId: top?.node.id ?? null, node: null, ancestors: stack.map((f) => f.node.id), content: line.text.trim(), contentStart: line.start + (line.text.length - line.text.trimStart().length) });
    }
  }
  return { sections: roots, blocks };
}
