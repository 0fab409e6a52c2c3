import { isLetterUnit, trimEndOf } from "../lexicon/text.js";
import type { Party, PartyKind } from "../model/schema.js";
import { matchKey } from "../lexicon/key.js";
import {
  ABBREVIATIONS, COLLECTIVE_CONTINUATIONS, COMMITTEE_CONTINUATIONS, DISTRIBUTABLE_ORGS, DOCUMENT_WORDS, FIELDS, HAVING_PREDICATES, NAME_CLOSERS, NAME_COMPOUNDS, SYSTEM_PARTS, NAMED_FIELD_HEADS, NOT_PARTIES, NOUN_COMPOUNDS, NOUNS_OF_ACTS, ORGAN_HEADS, ORGAN_KINDS, PLACE_QUALIFIERS, SERVED_BODIES, PARTY_HEADS, PREDICATE_STARTS, REPORT_SUBJECTS, TOPIC_HEADS, TOPIC_STOPS, type PartyHead,
} from "../lexicon/parties.js";
import { SURNAMES } from "../lexicon/people.js";
import { GAZETTEER, PLACE_LEVELS } from "../lexicon/gazetteer.js";

/**
 * Extensions of the built-in word lists, passed as `options.lexicon` to {@link parseNotice}.
 *
 * @example
 * ```ts
 * const lexicon: LexiconExtension = {
 *   heads: ["Ban Quản lý dự án"],
 *   aliases: { "BQLDA": "Ban Quản lý dự án" },
 * };
 * ```
 */
export interface LexiconExtension {
  /** More heads of party names (organisations unless given as {@link PartyHead}). */
  heads?: Array<string | PartyHead>;
  /** Spellings that name one body: alias → the name whose canonical key they take. */
  aliases?: Record<string, string>;
}

/**
 * The compiled word lists used by extraction.
 *
 * @example
 * ```ts
 * const lex = compileLexicon({ heads: ["Ban Quản lý dự án"] });
 * ```
 */
export interface Lexicon {
  heads: PartyHead[];
  /** The heads by their first word, longest first: a lookup per word, not a scan of the list. */
  headsByFirstWord: Map<string, PartyHead[]>;
  aliases: Map<string, string>;
  /**
   * The notice's own places as keys (`tỉnh lâm đồng`, from its issuer): a body named by its level
   * alone (`UBND tỉnh`) is that place's, and takes its name in the canonical key. See {@link withHome}.
   */
  home?: readonly string[];
}

/**
 * Merges the built-in lists with a user's extension.
 *
 * @example
 * ```ts
 * compileLexicon().heads.length > 100; // true
 * ```
 */
export function compileLexicon(ext?: LexiconExtension): Lexicon {
  // the built-in lexicon is the same for every call: compile it once
  if (!ext || (!ext.heads?.length && !ext.aliases)) return (builtIn ??= compile({}));
  return compile(ext);
}
let builtIn: Lexicon | undefined;

function compile(ext: LexiconExtension): Lexicon {
  const extra = (ext.heads ?? []).map((h): PartyHead => (typeof h === "string" ? { key: matchKey(h.trim()), kind: "organization" } : { ...h, key: matchKey(h.key) }));
  const heads = [...PARTY_HEADS, ...extra].sort((a, b) => b.key.length - a.key.length);
  const aliases = new Map<string, string>();
  for (const [a, target] of Object.entries(ext.aliases ?? {})) aliases.set(canonicalKey(a), canonicalKey(target));
  const headsByFirstWord = new Map<string, PartyHead[]>();
  for (const h of heads) {
    const first = h.key.split(" ")[0] ?? "";
    const list = headsByFirstWord.get(first);
    if (list) list.push(h);
    else headsByFirstWord.set(first, [h]);
  }
  return { heads, headsByFirstWord, aliases };
}

/**
 * The canonical key of a party name: case, tone placement, abbreviations (`UBND`), punctuation
 * and a leading `đồng chí` folded away.
 *
 * @example
 * ```ts
 * canonicalKey("UBND tỉnh") === canonicalKey("Uỷ ban nhân dân Tỉnh"); // true
 * ```
 */
export function canonicalKey(name: string, lex?: Lexicon): string {
  let key = baseKeys.get(name);
  if (key === undefined) {
    key = baseKey(name);
    // party names repeat across a notice and across notices: a bounded memo
    if (baseKeys.size >= 4096) baseKeys.clear();
    baseKeys.set(name, key);
  }
  const known = lex?.aliases.get(key) ?? KNOWN.get(key) ?? key;
  return lex?.home?.length ? atHome(known, lex.home) : known;
}
const baseKeys = new Map<string, string>();

/** `ủy ban nhân dân tỉnh` → `ủy ban nhân dân tỉnh lâm đồng` in a notice of Lâm Đồng; `các tỉnh` stays. */
function atHome(key: string, home: readonly string[]): string {
  for (const place of home) {
    const level = PLACE_LEVELS.find((l) => place.startsWith(`${l} `));
    if (level === undefined) continue;
    if (!key.endsWith(` ${level}`)) continue;
    const before = key.slice(0, key.length - level.length - 1);
    const prev = before.slice(before.lastIndexOf(" ") + 1);
    // `các tỉnh`, `các huyện, thành phố` name every place of a level, not the issuer's
    if (prev === "các" || prev === "những" || prev === "từng" || prev === "mỗi" || LEVEL_WORDS.has(prev)) continue;
    return `${before} ${place}`;
  }
  return key;
}
const LEVEL_WORDS: ReadonlySet<string> = new Set(PLACE_LEVELS.flatMap((l) => l.split(" ")));

/**
 * The lexicon for one notice: the places its issuer belongs to become its home (see
 * {@link Lexicon.home}), read from the issuer lines of its header.
 *
 * @example
 * ```ts
 * const lex = withHome(compileLexicon(), ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"]);
 * lex.home; // ["tỉnh lâm đồng"]
 * canonicalKey("UBND tỉnh", lex) === canonicalKey("Ủy ban nhân dân tỉnh Lâm Đồng", lex); // true
 * canonicalKey("UBND tỉnh Gia Lai", lex) === canonicalKey("UBND tỉnh", lex); // false
 * ```
 */
export function withHome(lex: Lexicon, issuerLines: ReadonlyArray<string | null | undefined>): Lexicon {
  const home: string[] = [];
  for (const line of issuerLines) {
    if (!line) continue;
    for (const m of line.matchAll(ISSUER_PLACE)) {
      const level = m[1]?.toLowerCase() ?? ISSUER_LEVEL[m[2] ?? ""] ?? "";
      const words: string[] = [];
      for (const w of (m[3] ?? "").split(" ")) {
        if (ISSUER_NAME_STOPS.has(w) || words.length === 4) break;
        words.push(w);
      }
      if (words.length) home.push(`${level} ${baseKey(words.join(" "))}`);
    }
  }
  return home.length ? { ...lex, home: [...new Set(home)] } : lex;
}
// `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`, `TỈNH ỦY LÂM ĐỒNG`, `ĐẢNG BỘ HUYỆN KRÔNG NĂNG`, `THỊ ỦY BUÔN HỒ`
const ISSUER_PLACE = /(?<![\p{L}\d])(?:(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(?: ỦY| UỶ)?|(THÀNH|THỊ) (?:ỦY|UỶ)) (\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*)*)/gu;
const ISSUER_LEVEL: Readonly<Record<string, string>> = { THÀNH: "thành phố", THỊ: "thị xã" };
const ISSUER_NAME_STOPS: ReadonlySet<string> = new Set(["ỦY", "UỶ", "VĂN", "BAN", "SỞ", "PHÒNG", "ĐẢNG", "HỘI", "CÔNG", "CỤC", "CHI", "TRUNG", "BỘ", "THANH", "CỘNG", "CHỦ"]);
let lastScan: Scan | null = null;

/** The key of a name before aliases: case, tones, abbreviations and punctuation folded. */
function baseKey(name: string): string {
  let t = matchKey(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  t = t.replace(/^(?:các đồng chí|đồng chí|đ c)\s+/u, "");
  return t.split(/\s+/u).map((w) => ABBREVIATIONS[w] ?? w).join(" ");
}

// every spelling the gazetteer knows, to the key of the body's official name
const KNOWN: ReadonlyMap<string, string> = new Map(
  GAZETTEER.flatMap((b) => [b.name, ...b.aliases].map((n): [string, string] => [baseKey(n), baseKey(b.name)])),
);

/**
 * A party found in text, with its offsets.
 *
 * @example
 * ```ts
 * const [p] = parsePartyList("Sở Y tế chủ trì", 0, compileLexicon()).parties;
 * p?.name; // "Sở Y tế"
 * ```
 */
export interface FoundParty extends Party {
  start: number;
  end: number;
}

interface Scan {
  text: string;
  key: string;
  lex: Lexicon;
  /** Predicate lengths already read, by offset. */
  predicates: Map<number, number>;
}

const WORD_CHAR = /[\p{L}\p{N}'’/-]/u;

function atWordStart(s: Scan, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(s.text[i - 1] ?? "");
}

function startsWord(s: Scan, i: number, phrase: string): boolean {
  if (!s.key.startsWith(phrase, i)) return false;
  const after = s.text[i + phrase.length] ?? "";
  return !WORD_CHAR.test(after) && atWordStart(s, i);
}

function headAt(s: Scan, i: number): PartyHead | null {
  if (!atWordStart(s, i)) return null;
  const word = /^\p{L}+/u.exec(s.key.slice(i, i + 24))?.[0] ?? "";
  for (const phrase of NOT_PARTIES_BY_WORD.get(word) ?? []) if (startsWord(s, i, phrase)) return null;
  for (const h of s.lex.headsByFirstWord.get(word) ?? []) {
    if (!startsWord(s, i, h.key)) continue;
    // `Báo cáo` is a verb, not the newspaper head `Báo`: a longer predicate wins
    return predicateLength(s, i) > h.key.length ? null : h;
  }
  return null;
}

/** Length of the predicate phrase starting at `i` (`báo cáo`, `chủ trì`), or 0; asked of a place many times while names are read, so kept per scan. */
function predicateLength(s: Scan, i: number): number {
  const known = s.predicates.get(i);
  if (known !== undefined) return known;
  const n = longestPhrase(s.key, i, PREDICATE_STARTS, 30);
  s.predicates.set(i, n);
  return n;
}

/**
 * Length of the longest phrase of `set` (up to four words of letters, one space apart, within
 * `limit` units) that starts at `i` of a key, or 0: a char-code walk, no slice or split per word.
 */
function longestPhrase(key: string, i: number, set: ReadonlySet<string>, limit: number): number {
  const stop = Math.min(key.length, i + limit);
  const ends: number[] = [];
  let j = i;
  while (ends.length < 4) {
    const start = j;
    while (j < stop && isLetterUnit(key.charCodeAt(j))) j++;
    if (j === start) break;
    ends.push(j);
    if (key.charCodeAt(j) !== 0x20 || j + 1 >= stop || !isLetterUnit(key.charCodeAt(j + 1))) break;
    j++;
  }
  for (let n = ends.length - 1; n >= 0; n--) {
    const end = ends[n] ?? i;
    if (set.has(key.slice(i, end))) return end - i;
  }
  return 0;
}

function predicateAt(s: Scan, i: number): boolean {
  return predicateLength(s, i) > 0;
}

function skipSpaces(s: Scan, i: number): number {
  while (s.text[i] === " ") i++;
  return i;
}

function wordEnd(s: Scan, i: number): number {
  let j = i;
  // `KH&CN`, `TN&MT`: an ampersand between letters is inside the word
  while (j < s.text.length && (WORD_CHAR.test(s.text[j] ?? "") || (s.text[j] === "&" && WORD_CHAR.test(s.text[j + 1] ?? "")))) j++;
  return j;
}

function fieldAt(s: Scan, i: number): string | null {
  for (const f of FIELDS) if (startsWord(s, i, f)) return f;
  return null;
}

function isUpperAt(s: Scan, i: number): boolean {
  return /\p{Lu}/u.test(s.text[i] ?? "");
}

/** Length of the phrase of a set that starts a word at `i`, or 0. */
function phraseIn(s: Scan, i: number, set: ReadonlySet<string>): number {
  return atWordStart(s, i) ? longestPhrase(s.key, i, set, 40) : 0;
}

/** `có liên quan`, `trực thuộc`, `nêu trên`: words after a name that belong to it. */
const POST_MODIFIER = /^(?:có liên quan|liên quan|trực thuộc|nêu trên|nói trên|trên đây)(?!\p{L})/u;

/**
 * `Cục Cảnh sát Quản lý hành chính về trật tự xã hội`: where the field after `về` at `i` starts
 * when a proper name read from `from` to `end` goes on with it, else -1. Not what a report is
 * about (`báo cáo Cục X về kết quả ...`), nor what is asked (`stops`), nor after the name's place.
 */
function namedFieldAt(s: Scan, i: number, from: number, end: number, stops: (j: number) => boolean): number {
  if (end <= from || !startsWord(s, i, "về") || !/\p{Lu}/u.test(s.text.slice(from, end))) return -1;
  if (PLACES.has(lastWords(s, end, 1)) || PLACES.has(lastWords(s, end, 2))) return -1;
  const j = skipSpaces(s, i + 2);
  const opens = WORD_CHAR.test(s.text[j] ?? "") && !isUpperAt(s, j) && phraseIn(s, j, REPORT_SUBJECTS) === 0 && !stops(j);
  return opens ? j : -1;
}

/**
 * Whether the word at `i` is half of a two-word noun, with the word that ends at `end` (-1: none)
 * or with the word after it (`các công trình`, `giao thông`): whatever it reads as alone.
 */
function compoundAt(s: Scan, i: number, end: number): boolean {
  const here = s.key.slice(i, wordEnd(s, i));
  if (end === i - 1) {
    const prev = lastWords(s, end, 1);
    const pair = `${prev} ${here}`;
    // (`Đăng ký` in a name, its first syllable capitalised)
    if (NOUN_COMPOUNDS.has(pair) || (NAME_COMPOUNDS.has(pair) && isUpperAt(s, end - prev.length))) return true;
  }
  const after = i + here.length;
  return s.key[after] === " " && NOUN_COMPOUNDS.has(`${here} ${s.key.slice(after + 1, wordEnd(s, after + 1))}`);
}

/** The last `n` words of the name read up to `end`, in key form. */
function lastWords(s: Scan, end: number, n: number): string {
  let at = end;
  for (let k = 0; k < n && at > 0; k++) at = s.key.lastIndexOf(" ", at - 1);
  return s.key.slice(at + 1, end);
}

const LOCATIVE = /^(?:thuộc (?:chính phủ|trung ương|tỉnh ủy|thành ủy|huyện ủy|sở|bộ|ban|cục|tổng cục|ủy ban nhân dân|ubnd|tỉnh|huyện|thành phố|xã|phường)|trong hệ thống chính trị|trong toàn (?:tỉnh|quốc|ngành|hệ thống)|trên (?:phạm vi|địa bàn)(?: toàn)?(?: (?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận|cả nước))?|trên cả nước|toàn (?:tỉnh|quốc))(?![\p{L}\d])/u;
const DOCUMENT_BUSINESS = /^(?:triển khai|thực hiện|tổng kết|sơ kết)(?: thực hiện)? (?:Đề án|Nghị quyết|Chương trình|Chỉ thị|Kết luận|Dự án|Quyết định|Kế hoạch)(?: số)? \d/u;
// places that complete a name: a field named with `về` does not follow them
const PLACES = new Set(["tỉnh", "huyện", "quận", "phường", "xã", "phố", "trấn", "thị xã", "thành phố"]);

/**
 * Reads the words of one name after its head, up to a predicate or punctuation. A body set up
 * for one business (`Ban Chỉ đạo`, `Tổ công tác`) is named by it, verbs included, up to the
 * words that say what it is asked to do (`TOPIC_STOPS`); some official names go on with `về` and
 * a field.
 */
function readModifiers(s: Scan, from: number, plural: boolean, committees = false, head: PartyHead | null = null): number {
  let collective = plural;
  let i = from;
  let end = from;
  let words = 0;
  // the business or field of the body's name is being read: verbs are part of it
  let business = head !== null && TOPIC_HEADS.has(head.key);
  let namedField = false;
  // a comma or `về` inside the name was just passed: the word after it does not end the name
  let open = false;
  // the places were just qualified (`các xã biên giới`): the name ends unless more qualifiers follow
  let qualified = false;
  // a collective's owner was read (`Các Ban của HĐND tỉnh`): a comma after it starts another party
  let owned = false;
  const stopsBusiness = (j: number): boolean => {
    const stop = phraseIn(s, j, TOPIC_STOPS);
    // `Tổ công tác triển khai Đề án 06`, `Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW`: carrying
    // out a numbered document is the body's business
    if (stop > 0) return !(words === 0 && DOCUMENT_BUSINESS.test(s.text.slice(j, j + 60)));
    // verbs in a list (`rà soát, đánh giá`) are what is asked; `phòng, chống` is one business
    const verb = predicateLength(s, j);
    return verb > 0 && s.key[j + verb] === "," && s.key.slice(j, j + verb) !== "phòng";
  };
  while (i < s.text.length && words < 16) {
    i = skipSpaces(s, i);
    const ch = s.text[i] ?? "";
    // `Văn phòng HĐND và UBND huyện`, `Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh`
    const listed = ch === "," ? i + 1 : startsWord(s, i, "và") ? i + 2 : -1;
    const served = listed > 0 ? servesAlso(s, head, from, skipSpaces(s, listed)) : 0;
    if (served > 0) {
      i = skipSpaces(s, listed) + served;
      end = i;
      words++;
      continue;
    }
    if (ch === ",") {
      // `Các cơ quan tham mưu, giúp việc của Tỉnh ủy` | `, các huyện ủy, ...`: the owner ends the collective
      if (owned) break;
      let j = skipSpaces(s, i + 1);
      if (business && end > from && !isUpperAt(s, j)) {
        // `phòng, chống`, `cấp huyện, cấp xã`, and a list of nouns in the business
        const last = lastWords(s, end, 1);
        const levels = lastWords(s, end, 2).startsWith("cấp ") && startsWord(s, j, "cấp");
        if ((last === "phòng" && startsWord(s, j, "chống")) || levels || (WORD_CHAR.test(s.text[j] ?? "") && !stopsBusiness(j) && !predicateAt(s, j) && !headAt(s, j))) {
          i = j;
          open = true;
          continue;
        }
      }
      // `các huyện miền núi, biên giới`
      const more = qualified ? phraseIn(s, j, PLACE_QUALIFIERS) : 0;
      if (more > 0) {
        i = j + more;
        end = i;
        words++;
        continue;
      }
      // one collective phrase goes on through a second `các`: `các cấp ủy, tổ chức đảng, các cơ quan, đơn vị`
      if (collective && startsWord(s, j, "các") && !isUpperAt(s, j)) j = skipSpaces(s, j + 3);
      const cont = CONTINUATIONS.find((c) => startsWord(s, j, c)) ?? (committees ? COMMITTEES.find((c) => startsWord(s, j, c)) : undefined);
      const lastWord = s.key.slice(s.key.lastIndexOf(" ", i - 1) + 1, i);
      const placeList = COLLECTIVE_CONTINUATIONS.has(lastWord);
      if ((collective || placeList) && cont && !isUpperAt(s, j)) {
        i = j + cont.length;
        end = i;
        words++;
        continue;
      }
      break;
    }
    if (!WORD_CHAR.test(ch)) break;
    const known = fieldAt(s, i);
    if (known && isUpperAt(s, i)) {
      i += known.length;
      end = i;
      words++;
      // `gửi Sở Tài chính dự toán kinh phí`: after its field a body's name goes on only with its
      // place (`Sở Tài chính tỉnh`), a capitalised word or a comma list
      const j = skipSpaces(s, i);
      if (!business && /\p{Ll}/u.test(s.text[j] ?? "") && !CARRIERS.some((w) => startsWord(s, j, w)) && !startsWord(s, j, "và") && !POST_MODIFIER.test(s.key.slice(j, j + 16)) && !placesAfter(s, j)) break;
      continue;
    }
    // a document named after a body is what is sent to it: `trình UBND tỉnh Quyết định phê duyệt`,
    // `trình cấp có thẩm quyền Kế hoạch ...` (a body's business may name one: `Ban Chỉ đạo Chương trình ...`)
    if (!business && isUpperAt(s, i) && (end > from || head?.kind === "collective") && phraseIn(s, i, DOCUMENT_WORDS) > 0 && !joinedField(s, i)) break;
    if (startsWord(s, i, "và")) {
      const j = skipSpaces(s, i + 2);
      if (isUpperAt(s, j) && !headAt(s, j)) {
        i = j;
        continue;
      }
      // `phát triển khoa học, công nghệ và chuyển đổi số`: the business goes on
      if (business && end > from && WORD_CHAR.test(s.text[j] ?? "") && !stopsBusiness(j) && !headAt(s, j)) {
        i = j;
        open = true;
        continue;
      }
      break;
    }
    // `Các Ban của Hội đồng nhân dân tỉnh`: the body a collective's members belong to; `Các cơ
    // quan báo chí của tỉnh`: the place they serve
    if (collective && startsWord(s, i, "của")) {
      const j = skipSpaces(s, i + 3);
      const owner = isUpperAt(s, j) ? headAt(s, j) : null;
      if (owner && owner.kind === "organization") {
        i = j;
        open = true;
        owned = true;
        continue;
      }
      // the parts of the political system (`Các cơ quan của Đảng, Nhà nước, Mặt trận Tổ quốc và
      // các đoàn thể chính trị - xã hội tỉnh`), or a place
      const place = OWN_PLACES.find((w) => startsWord(s, j, w));
      const served = systemPartsEnd(s, j) || (place ? j + place.length : 0);
      if (served > 0) {
        i = served;
        end = i;
        words++;
        owned = true;
        continue;
      }
    }
    // what kind of agencies: `Các cơ quan tham mưu, giúp việc`, `các đơn vị chức năng`, `các cơ
    // quan Đảng, Nhà nước`
    if (end === from && head && ORGAN_HEADS.has(head.key)) {
      const parts = systemPartsEnd(s, i);
      if (parts > 0) {
        i = parts;
        end = i;
        words++;
        owned = true;
        continue;
      }
      let kind = phraseIn(s, i, ORGAN_KINDS);
      if (kind > 0) {
        i += kind;
        // `tham mưu, giúp việc`, `thông tấn, báo chí`
        while (s.text[i] === "," && (kind = phraseIn(s, skipSpaces(s, i + 1), ORGAN_KINDS)) > 0) i = skipSpaces(s, i + 1) + kind;
        end = i;
        words++;
        continue;
      }
    }
    // `có liên quan`, `trực thuộc`, `nêu trên` after the bodies an order is sent to; and where a
    // collective is (`các cơ quan, đơn vị trong hệ thống chính trị`, `các doanh nghiệp trên địa bàn tỉnh`)
    const post = POST_MODIFIER.exec(s.key.slice(i, i + 16)) ?? (collective ? LOCATIVE.exec(s.key.slice(i, i + 40)) : null);
    if (post) {
      i += post[0].length;
      end = i;
      words++;
      continue;
    }
    const field = !namedField && head && NAMED_FIELD_HEADS.has(head.key) ? namedFieldAt(s, i, from, end, stopsBusiness) : -1;
    if (field >= 0) {
      i = field;
      business = true;
      namedField = true;
      open = true;
      continue;
    }
    // which ones of a collective, up to the verb: `các xã có dự án đi qua`, `các doanh nghiệp có vốn
    // nhà nước`, `Các đồng chí Ủy viên ... được phân công phụ trách địa bàn`, `các đơn vị được giao chủ trì`
    // ... and which one of its holders a position is: `Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực`
    const portfolio = head?.kind === "position" && !open && (startsWord(s, i, "phụ trách") || /^được (?:phân công|giao) phụ trách /u.test(s.key.slice(i, i + 28)));
    const whichOnes = portfolio ? chargedEnd(s, i) : collective && !open && !qualified ? (startsWord(s, i, "có") ? havingEnd(s, i) : startsWord(s, i, "được") || startsWord(s, i, "phụ trách") ? chargedEnd(s, i) : -1) : -1;
    if (whichOnes > 0) {
      i = whichOnes;
      end = i;
      words++;
      qualified = true;
      continue;
    }
    // a verb ends the name, unless it is the body's business or half of a two-word noun
    // (a business ends at its place too: `Ban Chỉ huy Quân sự xã` | `rà soát ...`)
    const verb = business ? stopsBusiness(i) || (!open && end > from && closesName(s, end) && predicateAt(s, i) && !isUpperAt(s, i)) : predicateAt(s, i) && !isUpperAt(s, i);
    if (verb && !compoundAt(s, i, end > from ? end : -1)) break;
    // which places, after the place word (`các xã ven biển`, `các huyện miền núi, biên giới`)
    if (!qualified && !open && !isUpperAt(s, i) && closesName(s, end > from ? end : from)) {
      const which = phraseIn(s, i, PLACE_QUALIFIERS);
      if (which > 0) {
        i += which;
        end = i;
        words++;
        qualified = true;
        continue;
      }
    }
    // after the place or unit that closes a name, or what qualifies it, a lower-case word is the verb
    if (!open && end > from && (qualified || closesName(s, end)) && !isUpperAt(s, i)) {
      const carries = CARRIERS.some((w) => startsWord(s, i, w));
      if (!carries) break;
    }
    if (startsWord(s, i, "các")) collective = true;
    i = wordEnd(s, i);
    if (i === end) break;
    end = i;
    words++;
    open = false;
  }
  return end;
}

/**
 * Where `có ...` after a collective ends when it says which of them (`các xã có dự án` | `chủ
 * trì`): at the verb or punctuation after it, within a few words; -1 when `có` is the verb itself
 * (`có trách nhiệm`, `có văn bản`, `có ý kiến`) or nothing ends it.
 */
function havingEnd(s: Scan, i: number): number {
  let j = skipSpaces(s, i + 2);
  if (phraseIn(s, j, HAVING_PREDICATES) > 0) return -1;
  let end = -1;
  for (let words = 0; words < 6; words++) {
    // the list or the cell ends: `phối hợp với các xã có dự án, ...`
    if (end > 0 && (j >= s.text.length || ",;.".includes(s.text[j] ?? "x"))) return end;
    if (!WORD_CHAR.test(s.text[j] ?? "") || isUpperAt(s, j)) return -1;
    // a verb after a measure or activity noun names it: `có tỷ lệ giải ngân thấp`, `có hoạt động khai thác cát`
    const named = end > 0 && (NOUNS_OF_ACTS.has(lastWords(s, end, 1)) || NOUNS_OF_ACTS.has(lastWords(s, end, 2)));
    if (end > 0 && !named && predicateAt(s, j) && !compoundAt(s, j, end)) return end;
    end = wordEnd(s, j);
    j = skipSpaces(s, end);
  }
  return -1;
}
/**
 * Where a clause saying which of a collective were charged with what ends (`được phân công phụ
 * trách địa bàn` | `tăng cường kiểm tra`, `được giao chủ trì` | `xây dựng`): at the verb after it;
 * -1 when none follows within a few words.
 */
function chargedEnd(s: Scan, i: number): number {
  let j = i;
  let charged = false;
  const take = (phrase: string): boolean => {
    if (!startsWord(s, j, phrase)) return false;
    j = skipSpaces(s, j + phrase.length);
    return true;
  };
  if (take("được")) {
    if (!(take("giao") || take("phân công"))) return -1;
    charged = true;
    take("nhiệm vụ");
  }
  const duty = take("chủ trì") || take("phụ trách") || take("theo dõi") || take("thực hiện");
  if (!charged && !duty) return -1;
  // what they are in charge of (`địa bàn`, `lĩnh vực`, `tại Kế hoạch này`), then the verb
  let end = j;
  let objects = 0;
  // inside a document's name after `tại`/`theo`: capitals, `số`, its number and `này` belong to it
  let ref = false;
  for (let words = 0; words < 8; words++) {
    const c = s.text[j] ?? "";
    if (!WORD_CHAR.test(c)) break;
    ref = ref && (isUpperAt(s, j) || /\d/u.test(c) || startsWord(s, j, "số") || startsWord(s, j, "này"));
    if (!ref) {
      if (isUpperAt(s, j)) break;
      ref = startsWord(s, j, "tại") || startsWord(s, j, "theo");
      if (!ref && predicateAt(s, j) && !compoundAt(s, j, end)) return (charged || objects > 0) && end > i ? trimmedEnd(s, end) : -1;
    }
    end = wordEnd(s, j);
    objects++;
    j = skipSpaces(s, end);
  }
  return -1;
}
const trimmedEnd = (s: Scan, end: number): number => {
  let e = end;
  while (e > 0 && s.text[e - 1] === " ") e--;
  return e;
};


/** Whether the word at `i` is joined to the field before it: `Tài chính - Kế hoạch`, `Tài chính và Kế hoạch`. */
function joinedField(s: Scan, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && s.text[k] === " ") k--;
  const c = s.text[k] ?? "";
  return c === "-" || c === "–" || c === "&" || (c === "à" && s.key.slice(Math.max(0, k - 2), k + 1) === " và");
}
// the place a collective serves, after `của` (`các cơ quan báo chí của tỉnh`)
const OWN_PLACES = [...PLACE_LEVELS, "trung ương"];

/**
 * Where a list of the political system's parts that starts at `j` ends, with the place they serve
 * (`Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh`), or 0.
 */
function systemPartsEnd(s: Scan, j: number): number {
  let end = 0;
  for (let at = j, n = 0; n < 8; n++) {
    const len = phraseIn(s, at, SYSTEM_PARTS);
    if (len === 0) break;
    end = at + len;
    const next = skipSpaces(s, end);
    const sep = s.text[next] === "," ? next + 1 : startsWord(s, next, "và") ? next + 2 : -1;
    if (sep < 0) break;
    at = skipSpaces(s, sep);
  }
  if (end === 0) return 0;
  // the place served: `tỉnh`, `các cấp`, `cấp xã`
  let at = skipSpaces(s, end);
  if (startsWord(s, at, "các cấp")) return at + 7;
  if (startsWord(s, at, "cấp")) at = skipSpaces(s, at + 3);
  const place = OWN_PLACES.find((w) => startsWord(s, at, w));
  return place ? at + place.length : end;
}


/**
 * `Văn phòng HĐND và UBND huyện`, `Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh`: one office serving
 * several bodies. The length of the served body at `j` when the office's name (read from `from`)
 * opens with one, else 0.
 */
function servesAlso(s: Scan, head: PartyHead | null, from: number, j: number): number {
  if (head?.key !== "văn phòng") return 0;
  const first = skipSpaces(s, from);
  if (!SERVED_BODIES.some((b) => startsWord(s, first, b))) return 0;
  return SERVED_BODIES.find((b) => startsWord(s, j, b))?.length ?? 0;
}

// the known names that reading word by word would split: a comma, `và` or a second `các` inside
const LIST_NAMES = GAZETTEER.flatMap((b) => [b.name, ...b.aliases])
  .map((n) => matchKey(n))
  .filter((k) => / các |, | và /u.test(k))
  .sort((a, b) => b.length - a.length);

/** Where a known name that holds a list ends when one starts at `i`, else -1. */
function knownNameEnd(s: Scan, i: number): number {
  for (const k of LIST_NAMES) if (startsWord(s, i, k)) return i + k.length;
  return -1;
}

// the word lists as arrays once, longest first where one may hold another
// the longest first: `đảng bộ cơ sở`, not `đảng bộ` and a word left over
const CONTINUATIONS = [...COLLECTIVE_CONTINUATIONS].sort((a, b) => b.length - a.length);
// the not-a-party phrases by their first word, as heads are looked up
const NOT_PARTIES_BY_WORD = new Map<string, string[]>();
for (const phrase of NOT_PARTIES) {
  const first = /^\p{L}+/u.exec(phrase)?.[0] ?? phrase;
  NOT_PARTIES_BY_WORD.set(first, [...(NOT_PARTIES_BY_WORD.get(first) ?? []), phrase]);
}
const COMMITTEES = [...COMMITTEE_CONTINUATIONS].sort((a, b) => b.length - a.length);
const DISTRIBUTABLE = [...DISTRIBUTABLE_ORGS].sort((a, b) => b.length - a.length);
// words that carry a name on past what looked like its closing place: `Tỉnh ủy`, `tỉnh đoàn`, `xã hội`, `Việt Nam tỉnh`
const CARRIERS = ["ủy", "đoàn", "hội", "tỉnh", "huyện", "thành phố", "quận", "xã", "phường"];

/** Offices and standing bodies that one party committee each has: `Bí thư`, `Ban Thường vụ`, `Thường trực`. */
const COMMITTEE_BODIES = new Set(["ban thường vụ", "btv", "thường trực", "ban chấp hành", "bch"]);

function distributesOver(head: PartyHead): boolean {
  return head.kind === "position" || COMMITTEE_BODIES.has(head.key);
}

/** Whether the name read up to `end` ends in a place or unit that closes it (`tỉnh`, `Tỉnh ủy`). */
function closesName(s: Scan, end: number): boolean {
  const a = s.key.lastIndexOf(" ", end - 1);
  const last = s.key.slice(a + 1, end);
  if (NAME_CLOSERS.has(last)) return true;
  const b = a > 0 ? s.key.lastIndexOf(" ", a - 1) : -1;
  return a > 0 && NAME_CLOSERS.has(s.key.slice(b + 1, end));
}

/** The end of a person's name at `i` (a surname and one to three capitalised words), or 0. */
function personAt(s: Scan, i: number): number {
  const m = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}/u.exec(s.text.slice(i, i + 60));
  if (!m) return 0;
  const first = s.key.slice(i, s.key.indexOf(" ", i));
  return SURNAMES.has(first) ? i + m[0].length : 0;
}

/**
 * A party named by a whole phrase, as a table cell gives it (`UBND huyện Hải Bình`), when the
 * reading of names finds none in it.
 *
 * @example
 * ```ts
 * partyOf("Trung tâm Phục vụ hành chính công", 0, 33, compileLexicon()).kind; // "organization"
 * ```
 */
export function partyOf(name: string, start: number, end: number, lex: Lexicon): FoundParty {
  return makeParty(name, start, end, "organization", lex);
}

function makeParty(name: string, start: number, end: number, kind: PartyKind, lex: Lexicon): FoundParty {
  const clean = trimEndOf(name, " ,;:.").trim();
  return { name: clean, canonical: canonicalKey(clean, lex), kind, start, end };
}

function kindOf(nameKey: string, head: PartyHead): PartyKind {
  if (/^các\s/u.test(nameKey) || head.kind === "collective") return "collective";
  return head.kind;
}

interface ReadParty {
  party: FoundParty;
  head: PartyHead;
  headEnd: number;
  more: FoundParty[];
  /** An office spread over the committees after `các` (`Ban Thường vụ các huyện ủy, ...`). */
  spreads?: boolean;
}

/** One party at `i`, or null. */
function readParty(s: Scan, i0: number): ReadParty | null {
  let i = skipSpaces(s, i0);
  let start = i;
  // `Các đồng chí Ủy viên Ban Thường vụ ...`: several persons, whose name reads as a collective's
  const persons = s.key.startsWith("các đồng chí ", i);
  for (const p of ["các đồng chí ", "đồng chí ", "đ/c "]) if (s.key.startsWith(p, i)) i += p.length;
  let plural = false;
  if (startsWord(s, i, "các") || startsWord(s, i, "những")) {
    const j = skipSpaces(s, wordEnd(s, i));
    if (headAt(s, j)) {
      plural = true;
      i = j;
    }
  }
  const honorific = i > start && !startsWord(s, start, "các");
  if (i > start) {
    // `đồng chí Nguyễn Văn Hùng, Phó Chủ tịch Ủy ban nhân dân tỉnh`: the person; the position after the comma is theirs
    const person = personAt(s, i);
    if (person) {
      const party = makeParty(s.text.slice(i, person), i, person, "person", s.lex);
      let headEnd = person;
      const comma = skipSpaces(s, person);
      if (s.text[comma] === ",") {
        // read as one name, not as a party that may be a person again (a chain of names would recurse)
        const k = skipSpaces(s, comma + 1);
        const pos = headAt(s, k);
        if (pos && pos.kind === "position") headEnd = Math.max(readModifiers(s, k + pos.key.length, false, false, pos), k + pos.key.length);
      }
      return { party: { ...party, start }, head: { key: "đồng chí", kind: "person" }, headEnd, more: [] };
    }
  }
  const head = headAt(s, i);
  if (!head) {
    // `Huyện Lâm Hà`, `Xã Tân Lập`, `Phường 1`: a place named as the actor (its government)
    const place = i === start ? namedPlaceEnd(s, i) : -1;
    if (place < 0) return null;
    const party = makeParty(s.text.slice(i, place), i, place, "organization", s.lex);
    return { party, head: NAMED_PLACE, headEnd: place, more: [] };
  }
  // `Đồng chí Chủ tịch UBND huyện`: the honorific is no part of the position's name
  if (honorific && head.kind === "position") start = i;
  const headEnd = i + head.key.length;
  // `các Bộ: Tài chính, Tư pháp` and `Trưởng Ban: Tổ chức, Nội chính`
  let k = skipSpaces(s, headEnd);
  let headText = s.text.slice(i, headEnd);
  // `với các Bộ Tài nguyên và Môi trường, Tư pháp`: each a named body; the `các` is the list's
  if (plural && head.kind === "organization" && head.distributes && isUpperAt(s, k) && fieldAt(s, k)) {
    plural = false;
    start = i;
  }
  if (head.kind === "position" && s.text[k] !== ":") {
    // `Giám đốc các Sở: Y tế, Tư pháp` and `Bí thư các huyện ủy, thành ủy`: the `các` goes
    if (startsWord(s, k, "các")) {
      const j = skipSpaces(s, wordEnd(s, k));
      if (headAt(s, j)?.kind === "organization") k = j;
    }
    const sub = headAt(s, k);
    // (`các sở:` in lower case names departments all the same: `Giám đốc Sở Tài chính`)
    if (sub && sub.kind === "organization" && s.text[k + sub.key.length] === ":") {
      headText = `${s.text.slice(i, headEnd)} ${s.text.charAt(k).toUpperCase()}${s.text.slice(k + 1, k + sub.key.length)}`;
      k = k + sub.key.length;
    }
  }
  if (s.text[k] === ":" && head.distributes) {
    const { items } = namesAfterColon(s, k, headText, head.kind === "position" ? "position" : "organization", false);
    if (items.length) {
      const [first, ...rest] = items;
      if (first) return { party: { ...first, start }, head, headEnd, more: rest };
    }
  }
  // `Người đứng đầu cơ quan, đơn vị`, `Thủ trưởng cơ quan, đơn vị`: the head of each of a
  // collective, one party as `Thủ trưởng các cơ quan, đơn vị` is
  const ofCollective = head.kind === "position" && !isUpperAt(s, k) && CONTINUATIONS.some((c) => startsWord(s, k, c));
  const collective = plural || head.kind === "collective" || ofCollective;
  // a known name that holds a comma or a list (`Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương`) is read whole
  const end = Math.max(readModifiers(s, headEnd, collective || persons, collective && !distributesOver(head), head), knownNameEnd(s, i));
  let name = s.text.slice(start, end);
  // `Bí thư các huyện ủy`, `Ban Thường vụ các huyện ủy`: one such office in each, written as `Bí thư Huyện ủy`
  const cac = skipSpaces(s, headEnd);
  let spreads = false;
  if (distributesOver(head) && startsWord(s, cac, "các")) {
    const j = skipSpaces(s, wordEnd(s, cac));
    if (DISTRIBUTABLE.some((o) => startsWord(s, j, o))) {
      name = `${s.text.slice(start, headEnd)} ${s.text.charAt(j).toUpperCase()}${s.text.slice(j + 1, end)}`;
      spreads = true;
    }
  }
  const party = makeParty(name, start, end, kindOf(matchKey(name), head), s.lex);
  // `Các Bộ, cơ quan: Tài chính, Công Thương, Văn phòng Chính phủ`: the bodies of a collective, named after a colon
  const named = plural && head.distributes && head.kind === "organization" ? bodiesListed(s, end, s.text.slice(i, headEnd)) : null;
  if (named) return { party: { ...(named.items[0] as FoundParty), start }, head, headEnd: named.end, more: named.items.slice(1) };
  // `Ủy ban nhân dân các huyện: Bình Sơn, Tây Trà`: one body of that kind in each place named
  const listed = placesListed(s, start, end, party.kind === "position" ? "position" : "organization");
  if (listed) return { party: { ...(listed.items[0] as FoundParty), start }, head, headEnd: listed.end, more: listed.items.slice(1) };
  // `Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ...)`: the members are the parties;
  // `Sở Xây dựng (cơ quan thường trực Ban Chỉ đạo)`: a named body's role, read past
  const after = skipSpaces(s, end);
  if (s.text[after] === "(") {
    const close = s.text.slice(after, after + 200).indexOf(")") + after;
    const generic = party.kind === "collective" || !/\p{Lu}/u.test(s.text.slice(headEnd, end));
    if (close > after && !generic && !/[.;]/u.test(s.text.slice(after, close))) return { party, head, headEnd: close + 1, more: [] };
    if (close > after && generic) {
      const inner = parsePartyList(s.text.slice(after + 1, close), 0, s.lex);
      const innerEnd = after + 1 + inner.end;
      if (inner.parties.length >= 1 && s.text.slice(innerEnd, close).trim() === "") {
        const shifted = inner.parties.map((p) => ({ ...p, start: p.start + after + 1, end: p.end + after + 1 }));
        const [first, ...rest] = shifted;
        if (first) return { party: first, head, headEnd: close + 1, more: rest };
      }
    }
  }
  return { party, head, headEnd, more: [], spreads };
}

/**
 * The bodies named after a collective and a colon (`Các Bộ, cơ quan: Tài chính, Công Thương, Văn
 * phòng Chính phủ`): a field takes the collective's head word (`Bộ Tài chính`), a name with a
 * head of its own stands as it is. The names and where the list ends, or null.
 */
function bodiesListed(s: Scan, end: number, headWord: string): { items: FoundParty[]; end: number } | null {
  const colon = skipSpaces(s, end);
  if (s.text[colon] !== ":") return null;
  const listed = namesAfterColon(s, colon, `${headWord.charAt(0).toUpperCase()}${headWord.slice(1)}`, "organization", true);
  return listed.items.length >= 2 ? listed : null;
}

/**
 * The names listed after a head and the colon at `colon`, each a field written with the head
 * (`các Bộ: Tài chính, Tư pháp`, `Trưởng Ban: Tổ chức, Nội chính`) or, with `ownHeads`, a name
 * with a head of its own written as it is (`..., Văn phòng Chính phủ`). Each name is read as one
 * name, never as a list again (no recursion), and the list ends where a word is not capitalised.
 */
function namesAfterColon(s: Scan, colon: number, headText: string, kind: PartyKind, ownHeads: boolean): { items: FoundParty[]; end: number } {
  const items: FoundParty[] = [];
  let j = skipSpaces(s, colon + 1);
  let end = colon + 1;
  // (`Các Bộ, cơ quan: Công an, Tài chính`: a ministry's field that is also a head, `Công an`, is the ministry's)
  const ministries = matchKey(headText) === "bộ";
  while (j < s.text.length && isUpperAt(s, j)) {
    const field = ministries ? fieldAt(s, j) : null;
    // (the field alone: a separator or the predicate after it, no place nor capitalised name)
    const after = field ? skipSpaces(s, j + field.length) : 0;
    const bare = field !== null && (listSeparator(s, j + field.length) > 0 || !(isUpperAt(s, after) || PLACE_LEVELS.some((w) => startsWord(s, after, w))));
    const own = ownHeads && !bare ? headAt(s, j) : null;
    const itemEnd = own ? readModifiers(s, j + own.key.length, false, false, own) : readModifiers(s, j, false);
    if (itemEnd <= j) break;
    const name = own ? s.text.slice(j, itemEnd) : `${headText} ${s.text.slice(j, itemEnd)}`;
    items.push(makeParty(name, j, itemEnd, own ? (own.kind === "position" ? "position" : "organization") : kind, s.lex));
    end = itemEnd;
    const sep = listSeparator(s, end);
    if (sep === 0) break;
    const nxt = end + sep;
    // `các Bộ: Tài chính, Công an`: a head word that names a field is still an item
    if (!ownHeads && (!isUpperAt(s, nxt) || (headAt(s, nxt) && !fieldAt(s, nxt)))) break;
    j = nxt;
  }
  return { items, end };
}

/** The length of the `,`, `và` or `;` (and spaces) between two items of a list at `at`, or 0. */
function listSeparator(s: Scan, at: number): number {
  return /^\s*(?:,|và|;)\s*/u.exec(s.text.slice(at, at + 8))?.[0].length ?? 0;
}

const PLACE_NAME = /^\p{Lu}[\p{L}\p{N}'’/-]*(?: +(?:- +)?\p{Lu}[\p{L}\p{N}'’/-]*)*/u;
// the head a named place reads with: a key no word list holds, so it distributes over nothing
const NAMED_PLACE: PartyHead = { key: "", kind: "organization" };
const PLACE_NUMBER = /^\d{1,2}(?![\p{L}\d])/u;

/**
 * Where a place written as a name ends when one starts at `i`: its level with a capital (`Huyện`,
 * `Thành phố`, `Xã`), then a capitalised name or a number (`Phường 1`); else -1.
 */
function namedPlaceEnd(s: Scan, i: number, lower = false): number {
  if (!lower && !isUpperAt(s, i)) return -1;
  const level = PLACE_LEVELS.find((w) => startsWord(s, i, w));
  if (!level) return -1;
  const j = i + level.length;
  if (s.text[j] !== " ") return -1;
  const name = PLACE_NAME.exec(s.text.slice(j + 1, j + 61)) ?? PLACE_NUMBER.exec(s.text.slice(j + 1, j + 4));
  return name ? j + 1 + name[0].length : -1;
}
// the kinds of place a `các <place>: A, B` list names
const LISTED_PLACES = new Set(["huyện", "xã", "tỉnh", "thành phố", "thị xã", "quận", "phường", "thị trấn"]);
const LISTED_PLACE_WORDS = [...LISTED_PLACES];

/** `các huyện`, `các tỉnh, thành phố` at `j`: the places a body of each is named after its field (`Phòng Giáo dục và Đào tạo các huyện`). */
function placesAfter(s: Scan, j: number): boolean {
  if (!startsWord(s, j, "các")) return false;
  const k = skipSpaces(s, j + 3);
  return LISTED_PLACE_WORDS.some((p) => startsWord(s, k, p));
}

/**
 * `Ủy ban nhân dân các huyện: Bình Sơn, Tây Trà, Sơn Hà` names one body in each place:
 * `Ủy ban nhân dân huyện Bình Sơn`, ... The names and where the list ends, or null.
 */
function placesListed(s: Scan, start: number, end: number, kind: PartyKind): { items: FoundParty[]; end: number } | null {
  const colon = skipSpaces(s, end);
  if (s.text[colon] !== ":") return null;
  const name = s.text.slice(start, end);
  const at = name.lastIndexOf(" các ");
  if (at <= 0) return null;
  const unit = name.slice(at + 5);
  if (!LISTED_PLACES.has(unit.toLowerCase())) return null;
  const prefix = name.slice(0, at);
  const items: FoundParty[] = [];
  let j = skipSpaces(s, colon + 1);
  let last = colon + 1;
  while (j < s.text.length && isUpperAt(s, j) && !headAt(s, j)) {
    // a place's name: its capitalised words (`Tân An`, `Phan Rang - Tháp Chàm`), `và` between two
    const itemEnd = j + (PLACE_NAME.exec(s.text.slice(j, j + 80))?.[0].length ?? 0);
    items.push(makeParty(`${prefix} ${unit} ${s.text.slice(j, itemEnd)}`, j, itemEnd, kind, s.lex));
    last = itemEnd;
    const sep = listSeparator(s, itemEnd);
    if (sep === 0) break;
    j = itemEnd + sep;
  }
  return items.length > 0 ? { items, end: last } : null;
}

/**
 * Reads a coordinated list of parties starting at `from`: shared heads distribute
 * (`Bí thư thành ủy, huyện ủy` → two; `các Bộ: Tài chính, Tư pháp` → two; `Sở Tài chính,
 * Xây dựng` → two) and collectives stay one (`các sở, ban, ngành, địa phương`). The list ends
 * where the predicate starts.
 *
 * @example
 * ```ts
 * const { parties } = parsePartyList("Sở Tài chính, Xây dựng phối hợp", 0, compileLexicon());
 * parties.map((p) => p.name); // ["Sở Tài chính", "Sở Xây dựng"]
 * ```
 *
 * @param key `matchKey(text)`, when the caller has it: reading many lists from one long text
 *   then costs one key, not one per list.
 */
export function parsePartyList(text: string, from: number, lex: Lexicon, key: string = matchKey(text)): { parties: FoundParty[]; end: number } {
  // the lists of one sentence are read one after another (lead, support, report-to): one scan serves them
  const s: Scan = lastScan && lastScan.text === text && lastScan.key === key && lastScan.lex === lex ? lastScan : { text, key, lex, predicates: new Map() };
  lastScan = s;
  const parties: FoundParty[] = [];
  const first = readParty(s, from);
  if (!first) return { parties, end: from };
  parties.push(first.party, ...first.more);
  let end = Math.max(first.party.end, ...first.more.map((p) => p.end), first.headEnd > first.party.end ? first.headEnd : 0);
  let last = first;
  for (let guard = 0; guard < 40; guard++) {
    const sep = /^\s*(?:,\s*và|;\s*và|,|;|và|cùng)\s+/u.exec(text.slice(end, end + 12));
    if (!sep) break;
    const j = end + sep[0].length;
    const next = readParty(s, j);
    // after `Ban Thường vụ các Huyện ủy`, a committee goes on the list of those the office is spread over, capitals or not
    if (next && !(distributesOver(last.head) && DISTRIBUTABLE_ORGS.has(next.head.key) && (!isUpperAt(s, j) || last.spreads === true))) {
      parties.push(next.party, ...next.more);
      end = Math.max(next.party.end, ...next.more.map((p) => p.end), next.headEnd > next.party.end ? next.headEnd : 0);
      last = next;
      continue;
    }
    // `Xã Tân Lập, xã Hòa Khánh`: a named place goes on with places named, their level in lower case
    const place = last.head === NAMED_PLACE && !next ? namedPlaceEnd(s, j, true) : -1;
    if (place > 0) {
      parties.push(makeParty(s.text.slice(j, place), j, place, "organization", lex));
      end = place;
      continue;
    }
    // `Bí thư thành ủy, huyện ủy, đảng ủy trực thuộc Tỉnh ủy`: the position distributes
    const org = DISTRIBUTABLE.find((o) => startsWord(s, j, o));
    if (distributesOver(last.head) && org) {
      const itemEnd = readModifiers(s, j + org.length, false);
      const headText = text.slice(last.party.start, last.headEnd).replace(/^(?:các đồng chí|đồng chí)\s+/iu, "");
      const item = text.slice(j, itemEnd);
      parties.push(makeParty(`${headText} ${item.charAt(0).toUpperCase()}${item.slice(1)}`, j, itemEnd, "position", lex));
      end = itemEnd;
      continue;
    }
    // `Sở Tài chính, Xây dựng`: an organisation head distributes over capitalised fields
    if (last.head.distributes && last.head.kind === "organization" && isUpperAt(s, j) && !headAt(s, j)) {
      const itemEnd = readModifiers(s, j, false);
      if (itemEnd > j) {
        const headText = text.slice(last.party.start, last.headEnd).replace(/^các\s+/iu, "");
        parties.push(makeParty(`${headText.charAt(0).toUpperCase()}${headText.slice(1)} ${text.slice(j, itemEnd)}`, j, itemEnd, "organization", lex));
        end = itemEnd;
        continue;
      }
    }
    break;
  }
  ownOrgans(parties, lex);
  return { parties, end };
}

// a party committee's own organs, named bare before the last of a list names the committee
const PARTY_ORGANS = new Set([
  "ban tổ chức", "ban tuyên giáo", "ban dân vận", "ban tuyên giáo và dân vận", "ban nội chính", "ban kinh tế",
  "ban chính sách chiến lược", "ủy ban kiểm tra", "văn phòng",
]);
const COMMITTEE_OWNER = /(?:^| )(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|trung ương)(?: |$)/u;

/**
 * `Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy`: the committee named last owns the organs listed bare
 * before it, each written with it (`Ban Tổ chức Huyện ủy`).
 */
function ownOrgans(parties: FoundParty[], lex: Lexicon): void {
  const last = parties[parties.length - 1];
  // (most lists hold one party, or name no committee last: nothing to key)
  if (!last || parties.length < 2 || !/ủy|uỷ|ương/iu.test(last.name)) return;
  const key = matchKey(last.name);
  const owner = COMMITTEE_OWNER.exec(key);
  if (!owner || !PARTY_ORGANS.has(key.slice(0, owner.index).replace(/,/gu, ""))) return;
  const ownerText = last.name.slice(owner.index).trim();
  for (let k = 0; k < parties.length - 1; k++) {
    const p = parties[k] as FoundParty;
    if (PARTY_ORGANS.has(matchKey(p.name).replace(/,/gu, ""))) parties[k] = makeParty(`${p.name} ${ownerText}`, p.start, p.end, p.kind, lex);
  }
}
