import { isMostlyUpper } from "../lexicon/text.js";
import type { Assignment, Deliverable, Role, Span } from "../model/schema.js";
import { extractDeliverable } from "./deliverable.js";
import { isTableRowLine, type Block, type DocumentStructure } from "../structure/index.js";
import { matchKey } from "../lexicon/key.js";
import { ASSESSMENT_HEADING, CAPACITY, DIRECTIVE_STARTS, NON_DIRECTIVE_START, STRONG_CUE, CONNECTOR, FIELD_LABELS, TOPIC_PREFIX, taskTableColumns } from "../lexicon/roles.js";
import { compileLexicon, parsePartyList, partyOf, withHome, type FoundParty, type Lexicon } from "./parties.js";

export { parsePartyList, compileLexicon, canonicalKey, withHome, type Lexicon, type LexiconExtension, type FoundParty } from "./parties.js";
export { parseReferences } from "./references.js";

/**
 * A task before its deadline is attached: the output of {@link extractTasks}.
 *
 * @example
 * ```ts
 * const drafts = extractTasks(structure(normalize(text)));
 * drafts[0]?.assignments[0]?.party.name;
 * ```
 */
export interface TaskDraft {
  id: string;
  sectionId: string | null;
  text: string;
  span: Span;
  assignments: Assignment[];
  /** Where the deadline stage looks for this task's deadline (the task itself, or a `Thời gian:` field). */
  deadlineScopes: Span[];
  /**
   * Where to look when the task's own text bounds it by no date: the directive item it sits
   * under (`b) Các Bộ ... hoàn thành trong tháng 11, cụ thể:` and its points `(1)`, `(2)`).
   */
  fallbackDeadlineScopes?: Span[];
  /** What the task must produce, when its text names it. */
  deliverable?: Deliverable;
  /**
   * Words read before each deadline scope (`Thời hạn: `): a task table's time cell is a deadline
   * by its column, as a bare `Năm 2026` under `Thời gian hoàn thành` is.
   */
  deadlineLabel?: string;
}

interface Clause {
  leads: FoundParty[];
  monitors: FoundParty[];
  /** `X lãnh đạo Y ...`: X oversees the work Y leads. */
  oversees?: FoundParty[];
  ruleId: string;
  /** The clause asks for action. */
  directive: boolean;
  /** The clause names its own assignee. */
  own: boolean;
}

interface Context {
  leads: FoundParty[];
  oversee: FoundParty[];
  ruleId: string;
}

// the first three words and what lies between them: a sentence is not split whole for its start
const FIRST_THREE_WORDS = /^\S*(?:\s+\S*){0,2}/u;

function startsDirective(key: string): boolean {
  const words = (FIRST_THREE_WORDS.exec(key)?.[0] ?? "").split(/\s+/u);
  for (let n = Math.min(3, words.length); n >= 1; n--) if (DIRECTIVE_STARTS.has(words.slice(0, n).join(" ").replace(/[,:;.]/gu, ""))) return true;
  return false;
}

const PURE_LEAD_IN = /(?:thực hiện|triển khai|tập trung|quan tâm|lưu ý|chú ý)[^.;:]{0,40}(?:nội dung|nhiệm vụ|giải pháp|yêu cầu|việc|công việc)\s*(?:sau|như sau|sau đây|cụ thể như sau)\s*:\s*$/u;

/** Whether a key starts with a directive verb or the words that lead into one. */
function predicateStart(key: string): boolean {
  return key.length > 0 && (startsDirective(key) || cueIn(key.slice(0, 60)) || LEAD_PREDICATE.test(key));
}

const STRONG_CUE_ALL = new RegExp(STRONG_CUE.source, "gu");
// a cue word after these is done, passive or a noun: `đã hoàn thành`, `nhiệm vụ được giao`,
// `là yêu cầu cấp bách`, `theo đề nghị của`, `sự phối hợp`, `cơ quan chủ trì`
const NOT_A_CUE_BEFORE = /(?:^|\s)(?:đã|đang|vừa|được|là|các|những|theo|đúng|đáp ứng|của|sự|việc|công tác|tỷ lệ|cơ quan|đơn vị)\s*$/u;

/**
 * Whether a key holds a cue word that asks for action (`cần`, `giao`, `hoàn thành`, ...), not one
 * that reports what was done or names a thing (`đã hoàn thành`, `theo yêu cầu`, `đề nghị của`).
 */
function cueIn(key: string): boolean {
  // where a cue reported as done ends: a cue listed right after it is done too (`đã chủ trì, phối hợp`)
  let doneEnd = -1;
  for (const m of key.matchAll(STRONG_CUE_ALL)) {
    const at = m.index + (m[0].startsWith(" ") ? 1 : 0);
    const end = m.index + m[0].length;
    const before = key.slice(Math.max(0, at - 12), at);
    if (DONE_BEFORE.test(before) || (doneEnd >= 0 && /^,?\s*(?:và\s+)?$/u.test(key.slice(doneEnd, at)))) {
      doneEnd = end;
      continue;
    }
    if (NOT_A_CUE_BEFORE.test(before)) continue;
    if (key.startsWith(" của", end)) continue;
    return true;
  }
  return false;
}
const DONE_BEFORE = /(?:^|\s)(?:đã|đang|vừa)\s*$/u;

// `giao` and its kin, after an assent that often comes first: `thống nhất giao`, `đồng ý giao`
// (`giao nhiệm vụ cho X`, `phân công X` assign as `giao X` does)
const ASSIGNING = /^(?:(?:cơ bản\s+)?(?:thống nhất|đồng ý|nhất trí)(?:\s+chủ trương)?,?\s+)?(giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+cho)?|phân công(?:\s+nhiệm vụ)?(?:\s+cho)?|ủy quyền(?: cho)?|yêu cầu|đề nghị)\s+/u;
// words after a subject that make it the lead: `Sở Y tế là cơ quan đầu mối, ...`
const LEAD_PREDICATE = /^(?:cần|phải|tiếp tục|chủ trì|chịu trách nhiệm|có trách nhiệm|là đầu mối|là (?:cơ quan|đơn vị) (?:đầu mối|thường trực|chủ trì|chịu trách nhiệm))/u;
// the closing call on everyone to carry out the document itself, which no one tracks as a task
// (`Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.`)
// (`... quán triệt, thực hiện nghiêm túc các nội dung trên.`: the notice's content, named so)
const CARRY_OUT_THIS = /^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai|chỉ đạo|quán triệt)[,\s]+){0,4}(?:thực hiện|triển khai)(?:\s+(?:nghiêm túc|có hiệu quả|đầy đủ))?(?:\s+(?:các\s+)?(?:nội dung|nhiệm vụ|ý kiến(?: kết luận| chỉ đạo)?))?\s+(?:(?:thông báo|kết luận|chỉ thị|công điện|kế hoạch|quyết định|văn bản|công văn) này|(?:nêu\s+)?trên(?: đây)?)\s*(?:\.\/\.|[.;])?$/u;
// following up on others' work: the monitor's role (`theo dõi, đôn đốc`, `thường xuyên kiểm tra, đôn đốc`,
// `kiểm tra, giám sát việc thực hiện`);
// watching a situation (`theo dõi sát diễn biến`, `theo dõi, nắm tình hình`) is one's own work
// (inspecting or supervising is following up only when it is this document's or its tasks' carrying out:
// `Ủy ban Mặt trận Tổ quốc tỉnh giám sát việc thực hiện chính sách` is that body's own work)
const FOLLOWS_UP = /^(?:phối hợp\s+)?(?:(?:thường xuyên|trực tiếp|định kỳ|tăng cường)\s+)?(?:theo dõi(?!,? (?:sát|chặt chẽ|nắm|tình hình|diễn biến|thời tiết|dư luận|dịch bệnh|giá cả|thị trường|mực nước|thiên tai|sức khỏe))|đôn đốc|kiểm tra,\s*đôn đốc|(?:kiểm tra, giám sát|giám sát|kiểm tra)\s+(?:việc\s+)?(?:thực hiện|triển khai)(?:\s+thực hiện)?(?:\s+(?:các\s+|những\s+)?(?:thông báo|kết luận|chỉ thị|kế hoạch|nghị quyết|công điện|văn bản|nhiệm vụ|nội dung|quyết định)(?![\p{L}\d])|\s*[.,;]|\s*$|\s+của\s))/u;
// what two bodies or more are told to agree on among themselves
const MUTUAL_AGREEMENT = /^(?:trao đổi,?\s+)?thống nhất\s+(?:về|nội dung|phương án|số liệu|cách|trước khi)(?![\p{L}\d])/u;
// who speaks without being a party: `Hội nghị thống nhất giao ...`, `Cuộc họp đề nghị ...`
const MEETING_SPEAKER = /^(?:hội nghị|cuộc họp|phiên họp|tập thể lãnh đạo)\s+/u;

/**
 * The body that does the work when what follows `at` is `lãnh đạo[, chỉ đạo] Y <directive>`
 * (the party before it then oversees), or null.
 */
function ledBody(text: string, key: string, at: number, lex: Lexicon): FoundParty[] | null {
  const from = at + (/^[\s,]*/u.exec(key.slice(at))?.[0].length ?? 0);
  const led = /^lãnh đạo(?:,\s*chỉ đạo)?\s+/u.exec(key.slice(from));
  if (!led) return null;
  const doers = parsePartyList(text, from + led[0].length, lex, key);
  return doers.parties.length && predicateStart(key.slice(doers.end).trim()) ? doers.parties : null;
}

/**
 * Whether a heading opens with its parties and says nothing after them that directs: no cue
 * word, no date or number, no second clause, no closing stop, colon or comma. Such a title
 * describes who its points are for (`Cơ quan chủ trì giải quyết thủ tục đầu tư dự án`).
 */
function namesWhoOnly(content: string, clause: Clause): boolean {
  const parties = [...clause.leads, ...clause.monitors];
  if (parties.length === 0 || Math.min(...parties.map((p) => p.start)) > 0) return false;
  // a title is short, one clause, and ends in no stop nor comma (a comma leaves a sentence open)
  if (/[,.;:!?]["”)]?\s*$/u.test(content) || content.length > 120 || content.includes(";")) return false;
  const tail = matchKey(content.slice(Math.max(...parties.map((p) => p.end))));
  return !/\d/u.test(tail) && !cueIn(tail) && !LEAD_PREDICATE.test(tail.trim());
}

// what a heading says after its parties when it only leads into its points (`X lãnh đạo, chỉ đạo:`,
// `X là cơ quan thường trực, có trách nhiệm:`)
const LEADS_IN_ONLY = /^(?:(?:là (?:cơ quan|đơn vị) (?:thường trực|đầu mối|chủ trì),? )?(?:có|chịu) trách nhiệm(?: (?:chủ trì|thực hiện|triển khai))?|(?:(?:tập trung|tiếp tục|khẩn trương) )?(?:lãnh đạo, chỉ đạo|lãnh đạo|chỉ đạo|tổ chức thực hiện|triển khai thực hiện|thực hiện|triển khai))(?: (?:tốt|nghiêm túc|có hiệu quả|quyết liệt))?(?: (?:các|những|một số))?(?: (?:nội dung|nhiệm vụ|giải pháp|công việc))?(?: (?:trọng tâm|chủ yếu))?(?: (?:sau đây|như sau|sau))?(?:,? cụ thể)? ?:$/u;

/** Whether a heading names its parties and only the work of leading into its points (`Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:`). */
function leadsInOnly(content: string, clause: Clause): boolean {
  const parties = [...clause.leads, ...clause.monitors];
  if (parties.length === 0 || Math.min(...parties.map((p) => p.start)) > 0) return false;
  return LEADS_IN_ONLY.test(matchKey(content.slice(Math.max(...parties.map((p) => p.end)))).replace(/^[\s,]+/u, "").trimEnd());
}

const SPEAKING = /^(?:giao|yêu cầu|đề nghị|chỉ đạo|kết luận|thống nhất)(?: như sau| các nội dung sau| một số nội dung sau| cụ thể)? ?:?$/u;

/** Whether a heading is only a body and the word it speaks with (`Ban Thường vụ Tỉnh ủy giao:`). */
function speaksOnly(content: string, lex: Lexicon): boolean {
  if (content.length > 120) return false;
  const { parties, end } = parsePartyList(content, 0, lex);
  return parties.length > 0 && SPEAKING.test(matchKey(content.slice(end)).trim());
}

/** The clause `giao X ...`, `yêu cầu X ...` makes: X leads, or monitors when what it is given is following up. */
function assigned(parties: FoundParty[], pred: string, cueWord: string | undefined): Clause {
  const monitor = FOLLOWS_UP.test(pred);
  const ruleId = `lead.${cueWord?.startsWith("giao") || cueWord?.startsWith("ủy quyền") || cueWord?.startsWith("phân công") ? "giao" : "request"}`;
  return { leads: monitor ? [] : parties, monitors: monitor ? parties : [], ruleId, directive: true, own: true };
}

/** Reads who a clause is addressed to and whether it directs anything. */
function analyzeClause(text: string, lex: Lexicon, textKey?: string): Clause {
  let i = 0;
  const cm = CONNECTOR.exec(text);
  if (cm) i = cm[0].length;
  const key = textKey ?? matchKey(text);
  // `Về nguồn vốn: Sở Tài chính chủ trì ...`: the directive follows its topic
  const topic = TOPIC_PREFIX.exec(text.slice(i));
  if (topic && topic[0].length < text.length - i) {
    // `Đối với Sở Y tế: khẩn trương hoàn thiện ...`: a topic that is a party names the subject
    const addressed = /^(?:riêng )?đối với\s+/iu.exec(topic[0]);
    if (addressed) {
      const found = parsePartyList(text, i + addressed[0].length, lex, key);
      const colon = i + topic[0].length;
      if (found.parties.length && /^[\s,]*:/u.test(key.slice(found.end, colon)) && predicateStart(key.slice(colon).trim())) {
        return { leads: found.parties, monitors: [], ruleId: "lead.subject", directive: true, own: true };
      }
    }
    i += topic[0].length;
  }
  const speaker = MEETING_SPEAKER.exec(key.slice(i));
  if (speaker && ASSIGNING.test(key.slice(i + speaker[0].length))) i += speaker[0].length;
  const rest = key.slice(i);
  const cue = ASSIGNING.exec(rest);
  if (cue) {
    const { parties, end } = parsePartyList(text, i + cue[0].length, lex, key);
    if (parties.length) {
      const pred = key.slice(end).trim();
      if (CARRY_OUT_THIS.test(pred)) return { leads: [], monitors: [], ruleId: "closing", directive: false, own: false };
      // (`Giao X lãnh đạo, chỉ đạo Y ...` assigns X: X stays the lead, as a clerk copies it)
      return assigned(parties, pred, cue[1]);
    }
    return { leads: [], monitors: [], ruleId: "none", directive: true, own: false };
  }
  const list = parsePartyList(text, i, lex, key);
  const { parties } = list;
  let { end } = list;
  if (parties.length) {
    // `Sở Y tế cùng với Sở Giáo dục và Đào tạo tổ chức ...`: the bodies alongside support (read
    // with the role mentions); the predicate follows them
    const along = /^[\s,]*cùng(?: với)?\s+/u.exec(key.slice(end));
    if (along) {
      const with_ = parsePartyList(text, end + along[0].length, lex, key);
      if (with_.parties.length) end = with_.end;
    }
    // (`Sở Nội vụ: Tham mưu ...`: the colon after a body's name only sets its duty apart)
    const predAt = end + (/^[\s,:]*/u.exec(key.slice(end))?.[0].length ?? 0);
    // `Thủ tướng Chính phủ giao Bộ Tài chính ...`: the speaker is not an assignee
    const spoken = ASSIGNING.exec(key.slice(predAt));
    if (spoken) {
      const told = parsePartyList(text, predAt + spoken[0].length, lex, key);
      if (told.parties.length) {
        return assigned(told.parties, key.slice(told.end).trim(), spoken[1]);
      }
    }
    // `Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành ...`: oversight of the body that does the work
    const doers = ledBody(text, key, predAt, lex);
    if (doers) return { leads: doers, monitors: [], oversees: parties, ruleId: "oversee.subject", directive: true, own: true };
    let pred = key.slice(end).replace(/^[\s,:]+/u, "");
    // `X căn cứ quy định ..., chức năng ... để phân công ...`: the directive verb follows `để`
    pred = afterBasis(pred.replace(/^căn cứ [^.]{0,400}?\sđể\s+/u, ""));
    // `X theo chức năng, nhiệm vụ, quyền hạn được giao tổ chức ...`, `X theo lĩnh vực quản lý hướng dẫn ...`
    const capacity = CAPACITY.exec(pred);
    pred = capacity ? pred.slice(capacity[0].length) : pred.replace(/^căn cứ [^,]{0,80},?\s*/u, "");
    if (CARRY_OUT_THIS.test(pred)) return { leads: [], monitors: [], ruleId: "closing", directive: false, own: false };
    // `Bộ Tài chính, Bộ Tư pháp thống nhất về nội dung ... trước khi trình`: bodies told to agree
    // with one another, not an assent of the meeting
    if (parties.length >= 2 && MUTUAL_AGREEMENT.test(pred)) return { leads: parties, monitors: [], ruleId: "lead.subject", directive: true, own: true };
    if (!LEAD_PREDICATE.test(pred) && (NON_DIRECTIVE_START.test(pred) || /^(?:(?:đã|đang|được|là|vẫn|còn)(?![\p{L}\d])|có\s+(?!trách nhiệm|văn bản|ý kiến|kế hoạch|giải pháp|phương án))/u.test(pred))) {
      return { leads: [], monitors: [], ruleId: "none", directive: false, own: false };
    }
    if (FOLLOWS_UP.test(pred)) {
      return { leads: [], monitors: parties, ruleId: "monitor.subject", directive: true, own: true };
    }
    if (pred.length > 0 && (startsDirective(pred) || cueIn(pred.slice(0, 60)) || LEAD_PREDICATE.test(pred))) {
      return { leads: parties, monitors: [], ruleId: "lead.subject", directive: true, own: true };
    }
  }
  // `Để nâng cao ..., các Sở, ngành, UBND cấp xã triển khai ...`: the subject follows a fronted purpose, basis or condition (`Trường hợp cần thiết, Sở Y tế ...`)
  // (`Thực hiện Nghị quyết số 66/NQ-CP ..., các bộ đã ...` is a basis, then what was done: no directive)
  if (FRONTED.test(key.slice(i))) {
    for (let at = key.indexOf(", ", i); at > 0 && at < i + 400; at = key.indexOf(", ", at + 2)) {
      // `Thời gian tới, yêu cầu các cấp ủy, ... tập trung ...`: the cue after what is fronted
      const told = ASSIGNING.exec(key.slice(at + 2, at + 82));
      if (told) {
        const found = parsePartyList(text, at + 2 + told[0].length, lex, key);
        if (found.parties.length) return assigned(found.parties, key.slice(found.end).trim(), told[1]);
      }
      const found = parsePartyList(text, at + 2, lex, key);
      if (!found.parties.length) continue;
      const pred = key.slice(found.end).replace(/^[\s,]+/u, "").replace(CAPACITY, "");
      if (/^(?:đã|đang|vẫn|còn)\s/u.test(pred)) return { leads: [], monitors: [], ruleId: "none", directive: false, own: false };
      if (predicateStart(pred)) return { leads: found.parties, monitors: [], ruleId: "lead.subject", directive: true, own: true };
    }
  }
  const body = key.slice(i);
  if (NON_DIRECTIVE_START.test(body)) return { leads: [], monitors: [], ruleId: "none", directive: false, own: false };
  return { leads: [], monitors: [], ruleId: "none", directive: (startsDirective(body) && !judgedBy(body)) || /^(?:căn cứ|trên cơ sở)(?![\p{L}\d])/u.test(body), own: false };
}

// `Phát triển điện gió ngoài khơi là chủ trương lớn`: an activity named, then `là` what it is
const COPULA_FIRST = /^[^,;:.]{1,120}? là (?!đầu mối)/u;
// verbs that take `X là Y` as their object: `Xác định chuyển đổi số là nhiệm vụ trọng tâm`
const TAKES_AS = /^(?:(?:tiếp tục|cần|phải)\s+)?(?:xác định|coi|nhận thức|quán triệt|khẳng định|nhấn mạnh|lấy|chọn|đưa)(?![\p{L}\d])/u;

/** Whether a sentence that opens with a verb only judges what that activity is (`X là chủ trương lớn`). */
function judgedBy(key: string): boolean {
  return COPULA_FIRST.test(key) && !TAKES_AS.test(key);
}

/**
 * `căn cứ Kế hoạch này chủ động triển khai ...`, `căn cứ chức năng, nhiệm vụ được giao, xây dựng
 * ...`: what follows the basis, from the first directive verb after it (within 150 units), or
 * the key as it is.
 */
function afterBasis(pred: string): string {
  if (!pred.startsWith("căn cứ ")) return pred;
  const stop = Math.min(pred.length, 150);
  for (let p = 7; p < stop; p++) {
    if (pred.charCodeAt(p - 1) !== 0x20 || pred.charCodeAt(p) === 0x20) continue;
    if (startsDirective(pred.slice(p, p + 40))) return pred.slice(p);
  }
  return pred;
}

// a lead-in to the parts of a whole: `..., trong đó:`, `bao gồm:`
const PARTS_FOLLOW = /(?:trong đó|bao gồm|gồm có|gồm)\s*:\s*$/u;

// a purpose, basis or condition written before the subject
const FRONTED = /^(?:để|nhằm|trên cơ sở|căn cứ|theo|đối với|trong|trường hợp|nếu|khi|sau khi|trước khi|ngay sau khi|từ nay|từ nay đến|thời gian tới|trước mắt|từ ngày|đến hết|chậm nhất|thực hiện (?:nghị quyết|nghị định|quyết định|kết luận|chỉ thị|kế hoạch|thông báo|công văn|công điện|chương trình|luật|ý kiến chỉ đạo|chỉ đạo))[\s,]/u;

/** The cells of a table row, trimmed, with their offsets in the row. */
function tableCells(row: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let from = 1;
  for (let k = 1; k < row.length; k++) {
    if (row[k] !== "|") continue;
    let a = from;
    let e = k;
    while (a < e && row[a] === " ") a++;
    while (e > a && row[e - 1] === " ") e--;
    out.push({ text: row.slice(a, e), start: a, end: e });
    from = k + 1;
  }
  return out;
}

// the first inline point after a colon, and a sentence that is itself a point
const INLINE_FIRST_POINT = /^\s*\([1ai]\)/u;
const INLINE_POINT_AT = /^\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)/u;

/** Where a stretch of text ends once the spaces before `at` are left out. */
function trimEndAt(s: string, at: number): number {
  let e = at;
  while (e > 0 && s.charCodeAt(e - 1) === 0x20) e--;
  return e;
}

const REPORT_CHAIN = /(?:^|\s)để(?: tổng hợp,?)?\s*$/u;

/** Support and report-to parties named anywhere in a task. */
function roleMentions(text: string, lex: Lexicon): Array<{ role: Role; party: FoundParty; ruleId: string }> {
  const key = matchKey(text);
  const out: Array<{ role: Role; party: FoundParty; ruleId: string }> = [];
  const patterns: Array<[RegExp, Role, string]> = [
    [/phối hợp(?: chặt chẽ)?(?: với| cùng)?\s+/gu, "support", "support.phoiHop"],
    // `X chủ trì, với sự tham gia của Y`, `X chủ trì cùng Y`, and `X cùng với Y` as the subject (not `một mạng lưới
    // với sự tham gia của ...`, the work's content)
    [/chủ trì,?\s+(?:với|có) sự (?:tham gia|phối hợp) của\s+|chủ trì,? cùng\s+(?!với\s)|^[^.,;:]{1,80}?\scùng với\s+/gu, "support", "support.along"],
    // `..., có sự phối hợp của Y`: cooperation named after the work
    [/(?:với|có) sự phối hợp(?: chặt chẽ)? của\s+/gu, "support", "support.along"],
    [/thống nhất với\s+/gu, "support", "support.thongNhat"],
    [/(?:báo cáo|trình|tham mưu(?: cho)?|có văn bản gửi|gửi về|gửi|xin ý kiến|đề xuất(?: với)?|kiến nghị(?: với)?)\s+/gu, "reportTo", "reportTo.cue"],
    // `báo cáo kết quả về Ủy ban nhân dân tỉnh`, `kết quả báo cáo về Sở Tài chính`
    [/(?:báo cáo|gửi)(?: \p{L}+){0,6}? (?:về|lên) /gu, "reportTo", "reportTo.cue"],
    // `báo cáo UBND Thành phố kết quả thực hiện thông qua Sở Khoa học và Công nghệ`: the report goes through it
    // ... and `báo cáo Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)`
    [/(?:báo cáo|gửi)[^.;]{0,120}?(?: thông qua |\((?:thông )?qua )/gu, "reportTo", "reportTo.via"],
  ];
  // `Đề án do Sở Nội vụ chủ trì xây dựng`: the passive names the lead
  for (const m of key.matchAll(/(?:^|[\s,])do\s+/gu)) {
    const found = parsePartyList(text, m.index + m[0].length, lex, key);
    if (found.parties.length && /^\s*(?:chủ trì|thực hiện|đảm nhiệm|phụ trách)(?![\p{L}\d])/u.test(key.slice(found.end))) {
      for (const p of found.parties) out.push({ role: "lead", party: p, ruleId: "lead.passive" });
    }
  }
  // `Giao Sở Nội vụ chủ trì, Sở Tài chính phối hợp thực hiện`: the bodies named before `phối hợp`
  for (const m of key.matchAll(/chủ trì,\s+/gu)) {
    const found = parsePartyList(text, m.index + m[0].length, lex, key);
    if (found.parties.length && /^\s*(?:cùng\s+)?(?:phối hợp|tham gia)(?![\p{L}\d])/u.test(key.slice(found.end))) {
      for (const p of found.parties) out.push({ role: "support", party: p, ruleId: "support.named" });
    }
  }
  // `(Phòng X chủ trì; thời gian: ...)`, `(giao Văn phòng Sở; ...)`, `Giao: Phòng Y.`: the lead
  // written after the work, as meeting notices of a department list it
  for (const m of key.matchAll(/\((giao(?: cho)?\s+)?|(?:^|[.;]\s*)giao\s*:\s*/gu)) {
    const at = m.index + m[0].length;
    const found = parsePartyList(text, at, lex, key);
    if (!m[0].startsWith("(") || m[1]) {
      for (const p of found.parties) out.push({ role: "lead", party: p, ruleId: "lead.after" });
      continue;
    }
    // `(X chủ trì ...)`: the name runs up to the verb, whatever words it holds (`Phòng Quản lý xây dựng`)
    const verb = /^[^;:()]{0,80}?(?= (?:chủ trì|thực hiện|phụ trách)(?![\p{L}\d]))/u.exec(key.slice(at));
    const lastParty = found.parties[found.parties.length - 1];
    const end = at + (verb?.[0].length ?? 0);
    if (lastParty && verb && found.end <= end) {
      const parties = found.end === end ? found.parties : [...found.parties.slice(0, -1), partyOf(text.slice(lastParty.start, end), lastParty.start, end, lex)];
      for (const p of parties) out.push({ role: "lead", party: p, ruleId: "lead.after" });
    }
  }
  for (const [re, role, ruleId] of patterns) {
    // where the body advised by `tham mưu X` ends: what X then submits (`tham mưu UBND tỉnh trình
    // HĐND tỉnh`) is X's report, not this task's
    let advisedEnd = -1;
    for (const m of key.matchAll(re)) {
      // `... để tổng hợp, báo cáo Chính phủ`: the report the recipient then makes is not this task's
      if (role === "reportTo" && REPORT_CHAIN.test(key.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (advisedEnd >= 0 && key.slice(advisedEnd, m.index).trim() === "") continue;
      const at = m.index + m[0].length;
      const { parties, end } = parsePartyList(text, at, lex, key);
      for (const p of parties) out.push({ role, party: p, ruleId });
      advisedEnd = role === "reportTo" && m[0].startsWith("tham mưu") && parties.length > 0 ? end : -1;
    }
  }
  return out;
}

/** Parties read in a block's content, their offsets moved by `by` into the normalized text. */
function shifted(parties: readonly FoundParty[], by: number): FoundParty[] {
  return parties.map((p) => ({ ...p, start: p.start + by, end: p.end + by }));
}

function assignment(role: Role, p: FoundParty, inherited: boolean, base: number, ruleId: string): Assignment {
  const a: Assignment = { role, party: { name: p.name, canonical: p.canonical, kind: p.kind }, inherited, ruleId };
  if (!inherited) a.span = { start: base + p.start, end: base + p.end };
  return a;
}

function dedupe(list: Assignment[]): Assignment[] {
  const seen = new Set<string>();
  const out: Assignment[] = [];
  for (const a of list) {
    const k = `${a.role}|${a.party.canonical}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  // a party that leads is not also listed as support or report-to of the same task
  const leads = new Set(out.filter((a) => a.role === "lead").map((a) => a.party.canonical));
  return out.filter((a) => a.role === "lead" || a.role === "oversee" || !leads.has(a.party.canonical) || a.role === "reportTo");
}


/** Sentence starts inside a block: offsets into the block's content. */
function sentenceStarts(content: string): number[] {
  const starts = [0];
  for (const m of content.matchAll(/[.!?]["”)]?\s+(?=["“(]?\p{Lu})/gu)) starts.push(m.index + m[0].length);
  for (const m of content.matchAll(/;\s+(?=(?:Đồng thời|Ngoài ra)(?![\p{L}\d]))/gu)) starts.push(m.index + m[0].length);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * Where a clause after `;` opens with a capital (`...; Ban cán sự đảng UBND tỉnh lãnh đạo ...`)
 * or an assigning word (`Thống nhất với đề xuất ...; đề nghị Sở Tài chính ...`), or sets one
 * body apart (`...; riêng Sở Tài chính chủ trì ...`, `..., riêng Sở Y tế ...`, `...; đồng thời, giao ...`), outside a part
 * introduced by a colon (`theo hướng: Bộ A chủ trì ...; Bộ B ...` details one task); and each point
 * counted in words (`...: một là, ...; hai là, ...`), after a colon too.
 */
function clauseStarts(content: string): number[] {
  const out: number[] = [];
  // (the colon that closes the item's topic, `Về công tác cán bộ: ...`, introduces no detail)
  const colon = content.indexOf(":", TOPIC_PREFIX.exec(content)?.[0].length ?? 0);
  for (const m of content.matchAll(/;\s+(?=\p{Lu}|(?:giao|đề nghị|yêu cầu|riêng|đồng thời)[\s,])|,\s+(?=riêng\s+(?:\p{Lu}|các\s))/gu)) {
    if (colon >= 0 && colon < m.index) break;
    out.push(m.index + m[0].length);
  }
  // points counted in words, after a colon too: `...: một là, Sở Y tế ...; hai là, Sở Tài chính ...`
  for (const m of content.matchAll(/[;:]\s+(?=(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) là,|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),)/gu)) {
    out.push(m.index + m[0].length);
  }
  return out;
}

function headingContext(content: string, lex: Lexicon): Context | null {
  const body = content.replace(/:\s*$/u, "");
  const key = matchKey(body);
  // `Ban cán sự đảng UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh:`, `Ủy ban nhân dân huyện chỉ đạo
  // các cơ quan chuyên môn:` (then only the bodies it directs)
  const at = body.search(/ (?:lãnh đạo|chỉ đạo),? /u);
  const directs = at > 0 && body.startsWith(" chỉ đạo", at);
  const lead = at > 0 ? ([body, body.slice(0, at), body.slice(at).replace(/^ (?:lãnh đạo,? (?:chỉ đạo )?|chỉ đạo,? )/u, "")] as const) : null;
  if (lead && !/^(?:giao|yêu cầu|đề nghị)\s/u.test(key)) {
    const over = parsePartyList(lead[1] ?? "", 0, lex);
    const doer = parsePartyList(lead[2] ?? "", 0, lex);
    if (over.parties.length && doer.parties.length && over.end >= (lead[1] ?? "").trim().length - 1 && (!directs || doer.end >= (lead[2] ?? "").trim().length - 1)) {
      return { leads: doer.parties, oversee: over.parties, ruleId: "lead.heading" };
    }
  }
  // an assigning word (`Giao X:`, `Đồng thời, phân công X:`), or whose duties follow (`Trách nhiệm của X:`)
  const connector = /^đồng thời,?\s*/u.exec(key)?.[0].length ?? 0;
  const told = ASSIGNING.exec(key.slice(connector));
  const cue = told ?? /^(?:trách nhiệm của|đối với)\s+/u.exec(key);
  const from = told ? connector + told[0].length : (cue?.[0].length ?? 0);
  const { parties, end } = parsePartyList(body, from, lex, key);
  if (!parties.length) return null;
  const tail = body.slice(end).trim();
  // the heading must be (mostly) the list of parties
  if (tail.length > 0 && !/^[:(]/u.test(tail) && !cue) return null;
  return { leads: parties, oversee: [], ruleId: "lead.heading" };
}

interface Field {
  kind: "task" | "lead" | "support" | "time" | "holder";
  block: Block;
  value: string;
  valueStart: number;
  /** Where its label starts (`Thời hạn: ...`), in the normalized text. */
  labelStart: number;
}

/** The label of a field at `at` in a block's content: its kind and where its value starts, or null. */
function fieldLabelAt(content: string, at: number): { kind: Field["kind"]; valueAt: number } | null {
  const rest = at === 0 ? content : content.slice(at);
  for (const [re, kind] of FIELD_LABELS) {
    const m = re.exec(rest);
    if (m) return { kind, valueAt: at + m[0].length };
  }
  return null;
}

/**
 * The fields a block writes, one or more on its line (`Chủ trì: Sở Y tế; phối hợp: Sở Nội vụ.
 * Thời hạn: tháng 6/2025.`): each value runs up to the next field's label. None when the block
 * does not open with a field label.
 */
function fieldsOf(b: Block): Field[] {
  const c = b.content;
  const first = fieldLabelAt(c, 0);
  if (!first) return [];
  const labels = [first];
  // where each field's label starts, and where the stop before it is (the previous value's end)
  const labelAt = [0];
  const starts = [0];
  // (a field's label after `;` or `.` may be written in lower case: `; phối hợp: ...`)
  for (const m of c.matchAll(/[.;]\s+(?=\p{L}[^:.;]{0,40}:)/gu)) {
    const at = m.index + m[0].length;
    const label = fieldLabelAt(c, at);
    if (!label) continue;
    labels.push(label);
    labelAt.push(at);
    starts.push(m.index);
  }
  return labels.map((l, k) => {
    let end = starts[k + 1] ?? c.length;
    // the value ends before the stop that separates it from the next field
    if (k + 1 < labels.length) while (end > l.valueAt && /[\s.;]/u.test(c[end - 1] ?? "")) end--;
    const raw = c.slice(l.valueAt, end);
    const lead = raw.length - raw.trimStart().length;
    return { kind: l.kind, block: b, value: raw.trim(), valueStart: b.contentStart + l.valueAt + lead, labelStart: b.contentStart + (labelAt[k] ?? 0) };
  });
}


/**
 * Finds the tasks of a notice's body and who must do them: one task per directive item or
 * bullet, a new one for each sentence that names its own assignee; roles from cue words, with
 * assignees inherited from headings and lead-in paragraphs; field-style plans (`Nhiệm vụ:`,
 * `Đơn vị chủ trì:`, `Thời gian thực hiện:`) read as rows. Pure; never throws.
 *
 * @example
 * ```ts
 * const drafts = extractTasks(structure(normalize("1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát.")));
 * drafts[0]?.assignments.map((a) => `${a.role}:${a.party.name}`); // ["lead:Sở Y tế", "support:Sở Tài chính"]
 * ```
 */
export function extractTasks(doc: DocumentStructure, lexicon: Lexicon = compileLexicon()): TaskDraft[] {
  // `UBND tỉnh` in a notice of Lâm Đồng is `UBND tỉnh Lâm Đồng`; `UBND tỉnh Gia Lai` another body
  const lex = withHome(lexicon, [doc.meta.issuerParent, doc.meta.issuer]);
  const text = doc.text;
  const drafts: TaskDraft[] = [];
  const ctx = new Map<string, Context>();
  const skip = new Set<string>();
  // parts of an assessment that a named lead-in opens again (`Giao Ủy ban nhân dân huyện:` over points)
  const reopened = new Set<string>();
  /** Whether a block stands in an assessment: its deepest skipped part is not one opened again below it. */
  const inAssessment = (ids: readonly string[]): boolean => {
    for (let k = ids.length - 1; k >= 0; k--) {
      const id = ids[k] ?? "";
      if (reopened.has(id)) return false;
      if (skip.has(id)) return true;
    }
    return false;
  };
  const nodeHasChildren = new Set<string>();
  for (const b of doc.blocks) for (const a of b.ancestors) nodeHasChildren.add(a);
  // the blocks right under each item, and each item's own block
  const childBlocks = new Map<string, Block[]>();
  const blockOfNode = new Map<string, Block>();
  for (const b of doc.blocks) {
    if (b.node) blockOfNode.set(b.node.id, b);
    const parent = b.ancestors[b.ancestors.length - 1];
    if (parent === undefined) continue;
    const list = childBlocks.get(parent);
    if (list) list.push(b);
    else childBlocks.set(parent, [b]);
  }
  const rootKey = "__root__";
  if (doc.opening) {
    const m = /(?:yêu cầu|đề nghị) /u.exec(doc.opening.text);
    if (m) {
      const at = m.index + m[0].length;
      const { parties } = parsePartyList(doc.opening.text, at, lex);
      if (parties.length) ctx.set(rootKey, { leads: shifted(parties, doc.opening!.start), oversee: [], ruleId: "lead.opening" });
    }
  }

  // field-style plans: group the fields under their parent item
  const fieldsBySection = new Map<string, Field[]>();
  // each block's fields, read once: most blocks have none
  const blockFields = new Map<Block, Field[]>();
  for (const b of doc.blocks) {
    const fields = fieldsOf(b);
    if (fields.length > 0) blockFields.set(b, fields);
  }
  const fieldOf = (b: Block): Field | null => blockFields.get(b)?.[0] ?? null;
  for (const [b, fields] of blockFields) {
    // an item that is itself the task, `1. Nhiệm vụ: Số hóa hồ sơ.`, owns the fields written on its
    // line or under it; `a) Nhiệm vụ:` with nothing after it heads the tasks below, its fields beside it
    const node = b.node;
    const task = fields[0]?.kind === "task" && (fields[0]?.value.length ?? 0) > 0;
    const heads = task && node !== null && (fields.length > 1 || (childBlocks.get(node.id) ?? []).some((c) => fieldOf(c) !== null));
    for (const f of fields) {
      const owner = heads && node ? node.id : node ? (b.ancestors[b.ancestors.length - 1] ?? rootKey) : (b.sectionId ?? rootKey);
      // bullets under `Cơ quan thực hiện:` belong to the grandparent item
      const key = !heads && (f.kind === "lead" || f.kind === "support") ? (b.ancestors.find((a) => fieldsBySection.has(a)) ?? owner) : owner;
      const list = fieldsBySection.get(key) ?? [];
      list.push(f);
      fieldsBySection.set(key, list);
    }
  }
  // the items whose fields name a task (`Nhiệm vụ:`), looked up per block
  const taskOwners = new Set<string>();
  for (const [id, fs] of fieldsBySection) if (fs.some((f) => f.kind === "task")) taskOwners.add(id);
  const fieldOwnerOf = (b: Block): string | null => {
    for (let k = b.ancestors.length - 1; k >= 0; k--) {
      const id = b.ancestors[k] ?? "";
      if (taskOwners.has(id)) return id;
    }
    return null;
  };

  let current: TaskDraft | null = null;
  let currentLeads: string[] = [];
  let n = 0;
  const push = (start: number, end: number, sectionId: string | null, assignments: Assignment[], scopes?: Span[]) => {
    const s = { start, end };
    const draft: TaskDraft = { id: `task_${++n}`, sectionId, text: text.slice(start, end), span: s, assignments: dedupe(assignments), deadlineScopes: scopes ?? [s] };
    drafts.push(draft);
    current = draft;
    currentLeads = draft.assignments.filter((a) => a.role === "lead" || a.role === "monitor").map((a) => a.party.canonical);
    return draft;
  };
  const extend = (end: number) => {
    const c = current as TaskDraft | null;
    if (!c) return;
    // roles are read from the sentence the added line goes on (a wrapped line may cut `phối hợp
    // với` from its party), not from the task's start: reading it all again for each line it
    // gains was quadratic in a task of many lines
    let added = Math.max(c.span.start, c.span.end - 300);
    for (let k = c.span.end - 1; k >= added; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 0x2e || ch === 0x3b || ch === 0x21 || ch === 0x3f) {
        added = k + 1;
        break;
      }
    }
    c.span = { start: c.span.start, end };
    c.text = text.slice(c.span.start, end);
    c.deadlineScopes = c.deadlineScopes.length === 1 && c.deadlineScopes[0]?.start === c.span.start ? [c.span] : c.deadlineScopes;
    const extra = roleMentions(text.slice(added, end), lex);
    c.assignments = dedupe([...c.assignments, ...extra.map((r) => assignment(r.role, r.party, false, added, r.ruleId))]);
  };
  // directive items that head other items: their span bounds the items below in time
  const deadlineCtx = new Map<string, Span>();
  const fallbackFor = (b: Block): Span[] | undefined => {
    for (let k = b.ancestors.length - 1; k >= 0; k--) {
      const sp = deadlineCtx.get(b.ancestors[k] ?? "");
      if (sp) return [sp];
    }
    return undefined;
  };
  const inheritedFor = (b: Block): Context | null => {
    for (let k = b.ancestors.length - 1; k >= 0; k--) {
      const c = ctx.get(b.ancestors[k] ?? "");
      if (c) return c;
    }
    return ctx.get(rootKey) ?? null;
  };
  const isHeadingBlock = (b: Block): boolean => {
    if (!b.node) return false;
    const c = b.content;
    if (c.length === 0) return true;
    // a point that ends in a colon with nothing below it directs work itself (`a) Hướng dẫn ...
    // các thủ tục thuộc thẩm quyền:` followed by `b) ...`)
    if (/:\s*$/u.test(c)) return nodeHasChildren.has(b.node.id) || !startsDirective(matchKey(c));
    // a title in capitals heads its part even with nothing below it (`III. TỔ CHỨC THỰC HIỆN`)
    if (c.length <= 120 && isMostlyUpper(c)) return true;
    if (!nodeHasChildren.has(b.node.id)) return false;
    // an item with items below it is their heading when it reads as one: a title in capitals,
    // or a short line that ends no sentence (`1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ`)
    return b.node.heading !== undefined || isMostlyUpper(c) || (c.length <= 120 && !/[.;!?]["”)]?$/u.test(c));
  };

  const build = (b: Block, segStart: number, segEnd: number, clause: Clause, fieldRoles: Assignment[], scopes?: Span[]) => {
    const seg = text.slice(segStart, segEnd);
    const own: Assignment[] = [
      ...clause.leads.map((p) => assignment("lead", p, false, segStart, clause.ruleId)),
      ...clause.monitors.map((p) => assignment("monitor", p, false, segStart, clause.ruleId)),
      ...(clause.oversees ?? []).map((p) => assignment("oversee", p, false, segStart, clause.ruleId)),
    ];
    let inherited: Assignment[] = [];
    if (!clause.own && fieldRoles.length === 0) {
      const c = inheritedFor(b);
      if (c) {
        inherited = [
          ...c.oversee.map((p) => assignment("oversee", p, true, 0, c.ruleId)),
          ...c.leads.map((p) => assignment("lead", p, true, 0, c.ruleId)),
        ];
      } else if (doc.addressees.length) {
        inherited = doc.addressees.flatMap((r) => parsePartyList(r.name, 0, lex).parties.map((p) => assignment("lead", p, true, 0, "lead.addressee")));
      }
    }
    const mentions = roleMentions(seg, lex).map((r) => assignment(r.role, r.party, false, segStart, r.ruleId));
    const draft = push(segStart, segEnd, b.sectionId, [...own, ...fieldRoles, ...inherited, ...mentions], scopes);
    const fallback = fallbackFor(b);
    if (fallback) draft.fallbackDeadlineScopes = fallback;
    return draft;
  };

  /** The parties a `lead` or `support` field names, as its assignments. */
  const fieldParties = (f: Field): Assignment[] => parsePartyList(f.value, 0, lex).parties.map((p) => assignment(f.kind as Role, p, false, f.valueStart, `${f.kind}.field`));
  // the label (`Thời gian thực hiện:`) is read with its value: it makes a bare `năm 2025` a deadline
  // (its own label and value: a line of several fields gives each its stretch)
  const timeScope = (f: Field): Span => ({ start: f.labelStart, end: Math.max(f.labelStart, f.valueStart + f.value.length) });

  /** A field line read into the task of the item above it: a deadline scope, or named leads and supports. */
  const addField = (c: TaskDraft, f: Field): void => {
    if (f.kind === "time") {
      c.deadlineScopes.push(timeScope(f));
      return;
    }
    const named = fieldParties(f);
    if (named.length === 0) return;
    // a lead named in its field replaces the one the task only inherited
    const kept = f.kind === "lead" ? c.assignments.filter((a) => !(a.role === "lead" && a.inherited)) : c.assignments;
    c.assignments = dedupe([...kept, ...named]);
    currentLeads = c.assignments.filter((a) => a.role === "lead" || a.role === "monitor").map((a) => a.party.canonical);
  };

  // the columns of the task table being read (`STT | Nội dung | Chủ trì | Phối hợp | Thời hạn`)
  let table: Array<string | null> | null = null;

  /** A row of a task table: the header sets the columns; every other row is a task. */
  function readTableRow(b: Block): void {
    const cells = tableCells(b.content);
    const columns = taskTableColumns(cells.map((c) => c.text));
    if (columns) {
      table = columns;
      current = null;
      return;
    }
    const cols = table;
    if (!cols) return;
    const cell = (kind: string) => {
      const k = cols.indexOf(kind);
      const c = k >= 0 ? cells[k] : undefined;
      return c && c.text.length > 0 ? { text: c.text, start: b.contentStart + c.start, end: b.contentStart + c.end } : null;
    };
    const content = cell("content");
    if (!content) return;
    const roles: Assignment[] = [];
    for (const role of ["lead", "support"] as const) {
      const c = cell(role);
      if (!c) continue;
      const found = parsePartyList(c.text, 0, lex).parties;
      const parties = found.length ? found : [partyOf(c.text, 0, c.text.length, lex)];
      for (const p of parties) roles.push(assignment(role, p, false, c.start, `${role}.table`));
    }
    const mentions = roleMentions(content.text, lex).map((r) => assignment(r.role, r.party, false, content.start, r.ruleId));
    const time = cell("time");
    const draft = push(content.start, content.end, b.sectionId, [...roles, ...mentions], time ? [{ start: time.start, end: time.end }] : undefined);
    if (time) draft.deadlineLabel = "Thời hạn: ";
    current = null;
  }

  doc.blocks.forEach((b, at) => readBlock(b, doc.blocks[at - 1] ?? null));
  for (const d of drafts) {
    const product = extractDeliverable(d.text, d.span.start, d.assignments);
    if (product) d.deliverable = product;
  }
  return drafts;

  function readBlock(b: Block, prevBlock: Block | null): void {
    const ids = [...b.ancestors, ...(b.node ? [b.node.id] : [])];
    if (inAssessment(ids)) {
      readAssignedOnly(b);
      return;
    }
    if (isTableRowLine(b.content)) {
      readTableRow(b);
      return;
    }
    table = null;
    const parentId = b.ancestors[b.ancestors.length - 1];
    // a point under a heading that names its assignee is one of its duties, even when it
    // reads as a noun phrase (`e) Thuế tỉnh` / `- Tình hình thực hiện nghĩa vụ thuế; ...`)
    // (not the parts of a whole the item names: `..., trong đó:` over targets and figures)
    const duty = b.node !== null && !nodeHasChildren.has(b.node.id) && parentId !== undefined && (ctx.get(parentId)?.leads.length ?? 0) > 0 && !PARTS_FOLLOW.test(blockOfNode.get(parentId)?.content ?? "");
    if (b.node && !duty && ASSESSMENT_HEADING.test(b.content) && (isHeadingBlock(b) || b.content.length < 80)) {
      skip.add(b.node.id);
      current = null;
      return;
    }
    if (CLOSING_LINE.test(b.content) || (!b.node && DIFFICULTY_CLOSING.test(b.content))) {
      current = null;
      return;
    }
    const f = fieldOf(b);
    const owner = fieldOwnerOf(b) ?? (f?.kind === "task" && b.node ? (taskOwners.has(b.node.id) ? b.node.id : (b.ancestors[b.ancestors.length - 1] ?? rootKey)) : null);
    if (f && f.kind !== "task") {
      // a field of an item whose fields make its task: read with that task
      if (owner) {
        current = null;
        return;
      }
      // `- Thời gian hoàn thành: ...`, `- Cơ quan chủ trì: ...` under a directive item: fields of its task
      // (and written under it without a bullet: `Chủ trì: Sở Y tế; phối hợp: Sở Nội vụ.`)
      const c = current as TaskDraft | null;
      const under = b.node ? parentId !== undefined && c?.sectionId === parentId : c !== null && b.sectionId !== null && c.sectionId === b.sectionId;
      if (c && f.kind !== "holder" && under) {
        for (const field of blockFields.get(b) ?? []) if (field.kind !== "task" && field.kind !== "holder") addField(c, field);
        return;
      }
      current = null;
      return;
    }
    if (owner) {
      const fields = fieldsBySection.get(owner) ?? [];
      const roles: Assignment[] = [];
      const scopes: Span[] = [];
      for (const fl of fields) {
        if (fl.kind === "lead" || fl.kind === "support") roles.push(...fieldParties(fl));
        else if (fl.kind === "time") scopes.push(timeScope(fl));
      }
      const start = f?.kind === "task" ? f.valueStart : b.contentStart;
      const value = f?.kind === "task" ? f.value : b.content;
      if (value.length === 0) return;
      const clause = analyzeClause(value, lex);
      // (the task is its field's value: the fields after it on its line are read above)
      const end = f?.kind === "task" ? start + value.length : b.line.end;
      build(b, start, end, { ...clause, own: clause.own || roles.some((r) => r.role === "lead") }, roles, [{ start, end }, ...scopes]);
      return;
    }
    if (isHeadingBlock(b) && b.node) {
      // `Ban Thường vụ Tỉnh ủy giao:` over points: who speaks, not who does the work
      if (speaksOnly(b.content, lex)) return;
      const hc = headingContext(b.content, lex);
      if (hc) ctx.set(b.node.id, { ...hc, leads: shifted(hc.leads, b.contentStart) });
      current = null;
      // `b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục ..., hoàn thành trong tháng 11, cụ thể:`
      // directs work itself: a task, whose assignees and deadline pass to the points below
      const clause = hc ? null : analyzeClause(b.content, lex);
      if (clause?.directive && clause.own) {
        ctx.set(b.node.id, { leads: shifted(clause.leads, b.contentStart), oversee: [], ruleId: "lead.heading" });
        // `3. Cơ quan chủ trì giải quyết thủ tục đầu tư` over its points names who, and what
        // they do only to say who they are: its points are the tasks
        if (namesWhoOnly(b.content, clause)) return;
        // `... triển khai thực hiện những nội dung sau:` and `X lãnh đạo, chỉ đạo:` only lead in: its points are the tasks
        if ((PURE_LEAD_IN.test(matchKey(b.content)) || leadsInOnly(b.content, clause)) && sentenceStarts(b.content).length === 1) return;
        const draft = build(b, b.contentStart, b.line.end, clause, []);
        // only a lead-in (`..., cụ thể:`) spreads its deadline: its points detail the same work
        // and only its last sentence, the one that leads in (`..., hoàn thành trong tháng 11, cụ thể:`)
        if (/:\s*$/u.test(b.content)) {
          const starts = sentenceStarts(b.content);
          deadlineCtx.set(b.node.id, { start: b.contentStart + (starts[starts.length - 1] ?? 0), end: draft.span.end });
        }
        return;
      }
      // `7. Tập trung hoàn thành các chỉ tiêu năm 2025, trong đó:` over targets that direct
      // nothing: the item is the task, its points its detail (and `2. Rà soát nhà, đất công` over
      // its fields: `- Đơn vị thực hiện: Sở Tài chính.`)
      // (points that head points of their own may lead to directives: not this case)
      const points = childBlocks.get(b.node.id) ?? [];
      if (clause?.directive && !isMostlyUpper(b.content) && !PURE_LEAD_IN.test(matchKey(b.content)) && !points.some((c) => (c.node !== null && nodeHasChildren.has(c.node.id)) || (fieldOf(c) === null && analyzeClause(c.content, lex).directive))) {
        build(b, b.contentStart, b.line.end, clause, []);
        return;
      }
      // `Giao Đảng ủy X: (i) ... (ii) ...`: the inline points are the tasks
      const colon = b.content.indexOf(":");
      const after = colon >= 0 ? b.content.slice(colon + 1) : "";
      if (hc && /^\s*\([i1a]\)/u.test(after)) splitInline(b, colon + 1, hc);
      return;
    }
    if (!b.node && /:\s*$/u.test(b.content)) {
      // a lead-in paragraph: its addressees pass to the items below
      const clause = analyzeClause(b.content, lex);
      let leads = clause.leads;
      if (!leads.length) {
        const m = /(?:yêu cầu|đề nghị|giao)\s+/u.exec(matchKey(b.content));
        if (m) leads = parsePartyList(b.content, m.index + m[0].length, lex).parties;
      }
      if (leads.length) ctx.set(b.sectionId ?? rootKey, { leads: shifted(leads, b.contentStart), oversee: [], ruleId: "lead.leadIn" });
      current = null;
      return;
    }
    // `Sở Khoa học và Công nghệ: (1) ...; (2) ...`: the inline points are its tasks; the
    // sentences after the list are read as any others
    let listEnd = 0;
    const colon = b.node ? b.content.indexOf(":") : -1;
    if (colon > 0 && colon < 200 && INLINE_FIRST_POINT.test(b.content.slice(colon + 1))) {
      const hc = headingContext(b.content.slice(0, colon + 1), lex);
      if (hc) {
        const after = sentenceStarts(b.content).find((x) => x > colon + 1 && !INLINE_POINT_AT.test(b.content.slice(x)));
        listEnd = after ?? b.content.length;
        splitInline(b, colon + 1, hc, listEnd);
        current = null;
      }
    }
    // a content block: one task, split where a sentence names its own assignee
    const clauses = new Set(clauseStarts(b.content));
    const starts = [...new Set([...sentenceStarts(b.content), ...clauses])].sort((x, y) => x - y).filter((x) => x >= listEnd);
    if (listEnd > 0 && starts.length === 0) return;
    let segStart = -1;
    let segClause: Clause | null = null;
    // the bodies a `...; X, Y phối hợp` clause adds to the open segment's task
    const joined: Assignment[] = [];
    // each sentence is read with the rest of its block: the key of the block serves them all
    const blockKey = matchKey(b.content);
    const keyOf = (s: number, sentence: string): string => (blockKey.length === b.content.length ? blockKey.slice(s) : matchKey(sentence));
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k] ?? 0;
      const sentence = b.content.slice(s);
      const sentenceKey = keyOf(s, sentence);
      const clause = analyzeClause(sentence, lex, sentenceKey);
      const leadKeys = [...clause.leads, ...clause.monitors].map((p) => p.canonical);
      // against the open segment's assignees when one is open: its task is not built yet
      const against = segStart >= 0 && segClause ? [...segClause.leads, ...segClause.monitors].map((p) => p.canonical) : currentLeads;
      const differs = clause.own && (leadKeys.some((x) => !against.includes(x)) || segStart < 0 && !current);
      if (k === 0) {
        const labelled = b.node !== null;
        const isTask = (clause.directive || (duty && !NON_DIRECTIVE_START.test(sentenceKey))) && (labelled || clause.own || !current || startsDirective(sentenceKey));
        // (a paragraph that opens in lower case goes on with the one before: double-spaced text)
        if (!labelled && current && (!clause.own || /^\p{Ll}/u.test(b.content))) {
          extend(b.line.end);
          segStart = -2;
          break;
        }
        // a cue counts in this sentence only, not in the next one (`...; giao X ...`), and not in
        // its topic (`Về đề nghị của xã: Thống nhất chủ trương.`)
        const topic = TOPIC_PREFIX.exec(sentence)?.[0].length ?? 0;
        const ownWords = sentenceKey.slice(topic, Math.min(topic + 200, (starts[k + 1] ?? b.content.length) - s));
        const strong = labelled && clause.ruleId !== "closing" && cueIn(ownWords) && !NON_DIRECTIVE_START.test(sentenceKey.slice(topic));
        // a bullet that carries on the task's unfinished sentence (`báo cáo về Cục X` / `- Cơ quan Y trước ngày 20`)
        if (current && b.node?.scheme === "bullet" && prevBlock && !/[.;:!?]["”)]?$/u.test(prevBlock.content) && (current as TaskDraft).span.end >= prevBlock.line.end) {
          extend(b.line.end);
          segStart = -2;
          break;
        }
        if (!isTask && !strong) {
          segStart = -1;
          segClause = null;
          continue;
        }
        segStart = b.contentStart + s;
        segClause = clause;
        // the points under an item that directs its own assignee detail that assignee's work
        if (b.node && nodeHasChildren.has(b.node.id) && clause.own && clause.leads.length > 0 && !ctx.has(b.node.id)) {
          ctx.set(b.node.id, { leads: shifted(clause.leads, b.contentStart + s), oversee: [], ruleId: "lead.heading" });
        }
        continue;
      }
      // a clause after `;` is a task of its own when it names another lead, not when it lists
      // the bodies that join in (`...; Sở B, Sở C phối hợp.`)
      const joinsIn = clauses.has(s) && /^[\s,]*(?:phối hợp|tham gia|cùng)(?![\p{L}\d])/u.test(sentenceKey.slice(Math.max(0, ...clause.leads.map((p) => p.end))));
      if (joinsIn && segStart >= 0) {
        for (const p of clause.leads) joined.push(assignment("support", p, false, b.contentStart + s, "support.joinsIn"));
        continue;
      }
      if (differs && clause.directive) {
        // (what only leads into the points, `Đề nghị tập trung các nhiệm vụ: một là, ...`, is no task)
        const leadIn = /:\s*$/u.test(text.slice(Math.max(segStart, b.contentStart + s - 4), b.contentStart + s));
        if (segStart >= 0 && segClause && !leadIn) build(b, segStart, b.contentStart + s, segClause, joined.splice(0));
        segStart = b.contentStart + s;
        segClause = clause;
      } else if (segStart === -1 && b.node !== null && clause.ruleId !== "closing" && (ASSIGNING.test(sentenceKey) || /^(?:cần|phải)\s/u.test(sentenceKey))) {
        // an item that reports first and asks after (`Sở Tài chính đã chủ trì ...; đề nghị tiếp tục
        // theo dõi.`, `... đạt 90%. Cần tập trung ...`): the item is its task, as it directs
        segStart = b.contentStart;
        segClause = clause;
      }
    }
    if (segStart >= 0 && segClause) build(b, segStart, b.line.end, segClause, joined.splice(0));
  }

  /**
   * In an assessment (`Về tình hình ...`, `Kết quả đạt được`), only a sentence that assigns work
   * by name is a task (`Yêu cầu Ban Thường vụ Đảng ủy xã tổ chức kiểm điểm ...`): a subject
   * doing something there is what was done.
   */
  function readAssignedOnly(b: Block): void {
    current = null;
    // `Giao Ủy ban nhân dân huyện:` over points: a lead-in that names whom the points are for, as
    // outside an assessment; the points below it direct
    if (/:\s*$/u.test(b.content) && sentenceStarts(b.content).length === 1) {
      const clause = analyzeClause(b.content, lex);
      const part = b.node && nodeHasChildren.has(b.node.id) ? b.node.id : b.node ? null : (b.sectionId ?? rootKey);
      if (part !== null && clause.own && clause.leads.length > 0 && (clause.ruleId === "lead.giao" || clause.ruleId === "lead.request")) {
        ctx.set(part, { leads: shifted(clause.leads, b.contentStart), oversee: [], ruleId: "lead.leadIn" });
        reopened.add(part);
        return;
      }
    }
    const starts = sentenceStarts(b.content);
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k] ?? 0;
      const sentence = b.content.slice(s, starts[k + 1] ?? b.content.length);
      const clause = analyzeClause(sentence, lex);
      if (clause.own && (clause.ruleId === "lead.giao" || clause.ruleId === "lead.request")) {
        build(b, b.contentStart + s, b.contentStart + trimEndAt(b.content, starts[k + 1] ?? b.content.length), clause, []);
        current = null;
      }
    }
  }

  function splitInline(b: Block, from: number, hc: Context, to = b.content.length) {
    const content = b.content.slice(0, to);
    const marks = [...content.slice(from).matchAll(/\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)\s*/gu)].map((m) => ({ at: from + m.index, len: m[0].length }));
    marks.forEach((m, k) => {
      const start = b.contentStart + m.at + m.len;
      const end = b.contentStart + trimEndAt(content, marks[k + 1]?.at ?? content.length);
      const seg = text.slice(start, end);
      const leads = hc.leads.map((p) => assignment("lead", p, true, 0, hc.ruleId));
      const mentions = roleMentions(seg, lex).map((r) => assignment(r.role, r.party, false, start, r.ruleId));
      push(start, end, b.sectionId, [...leads, ...mentions]);
    });
  }
}

const CLOSING_LINE = /^Trên cơ sở (?:Thông báo|Kết luận|Chỉ thị|Công điện|Kế hoạch) này/iu;
// a plan's closing paragraph, numbered nowhere: `Trong quá trình thực hiện, nếu có khó khăn, vướng
// mắc, ... báo cáo ...` (what to do should a difficulty arise asks for no work of its own)
const DIFFICULTY_CLOSING = /^Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện(?: (?:Thông báo|Kết luận|Chỉ thị|Công điện|Kế hoạch|Chương trình|Quyết định) này| Kế hoạch)?,? (?:nếu|trường hợp|khi) (?:có )?(?:phát sinh )?(?:khó khăn|vướng mắc)/iu;
