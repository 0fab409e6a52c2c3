// Old-style tone placement (hoà, uỷ) folded to the one used in lookups (hòa, ủy).
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oà", "òa"], ["oá", "óa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
  ["oè", "òe"], ["oé", "óe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
  ["uỳ", "ùy"], ["uý", "úy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"],
];
const TONE_MAP = new Map(TONE_PAIRS);
// only where the pair ends the syllable: `hoà` → `hòa`, but `hoàn` and `soát` stay
const TONE_RE = /o[àáảãạèéẻẽẹ](?!\p{L})|(?<!q)u[ỳýỷỹỵ](?!\p{L})/giu;

/**
 * The matching key used by every lexicon lookup: NFC, lower case, one tone placement
 * (`hoà` → `hòa`, `Uỷ` → `ủy`), `Ð` (U+00D0) read as `đ`. Length is preserved, so offsets
 * into a key are offsets into the text it came from.
 *
 * @example
 * ```ts
 * matchKey("Uỷ ban"); // "ủy ban"
 * matchKey("Thanh Hoá") === matchKey("thanh hóa"); // true
 * ```
 */
export function matchKey(text: string): string {
  // the stages ask for the key of one sentence several times in a row: keep the last few
  for (let k = 0; k < RECENT; k++) if (recentText[k] === text) return recentKey[k] ?? "";
  const key = text.normalize("NFC").toLowerCase().replace(/\u00f0/gu, "đ").replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);
  recentText[next] = text;
  recentKey[next] = key;
  next = (next + 1) % RECENT;
  return key;
}
const RECENT = 4;
const recentText: string[] = new Array<string>(RECENT).fill("");
const recentKey: string[] = new Array<string>(RECENT).fill("");
let next = 0;

/**
 * Removes Vietnamese diacritics (and `đ` → `d`) from a string already in key form.
 *
 * @example
 * ```ts
 * stripDiacritics("ủy ban nhân dân"); // "uy ban nhan dan"
 * ```
 */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D");
}
