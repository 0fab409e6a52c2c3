// Code tables of the two legacy Vietnamese font encodings still met in old office files.
// Both put their letters in the single-byte range 0xA0–0xFF, so a file typed in them and read
// as Latin-1 or Windows-1252 arrives as Latin-1 letters and signs in a Unicode string.

/**
 * The Vietnamese lower-case letters, in the order of {@link TCVN3_CODES}.
 *
 * @example
 * ```ts
 * VIETNAMESE_LOWER.length; // 67
 * ```
 */
export const VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

/**
 * TCVN 5712:1993 VN3 (the ABC `.Vn` fonts): the code of each letter of
 * {@link VIETNAMESE_LOWER}, as the Latin-1 character of the same byte. `ư` is 0xAD, the byte of
 * the soft hyphen, so the table must be applied before invisible characters are dropped.
 * VN3 has no toned capitals: headings were typed with these codes in a capitals font (`.VnTimeH`).
 *
 * @example
 * ```ts
 * TCVN3_CODES[VIETNAMESE_LOWER.indexOf("ế")]; // "Õ"
 * ```
 */
export const TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ";

/**
 * The capitals that TCVN3 (VN3) codes, and their codes.
 *
 * @example
 * ```ts
 * TCVN3_CAPITALS["Đ"]; // "§"
 * ```
 */
export const TCVN3_CAPITALS: Readonly<Record<string, string>> = { Ă: "¡", Â: "¢", Đ: "§", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦" };

/**
 * VNI (the VNI-Windows fonts): each lower-case letter as the characters it is typed with, a base
 * letter and a sign that the font draws over it (`ế` = `e` + `á`), or one character of its own
 * (`đ` = `ñ`, `ư` = `ö`, `ỉ` = `æ`). A capital is the upper case of both parts (`Ế` = `EÁ`).
 *
 * @example
 * ```ts
 * VNI_LOWER["ệ"]; // "eä"
 * ```
 */
export const VNI_LOWER: Readonly<Record<string, string>> = {
  à: "aø", á: "aù", ả: "aû", ã: "aõ", ạ: "aï",
  ă: "aê", ằ: "aè", ắ: "aé", ẳ: "aú", ẵ: "aü", ặ: "aë",
  â: "aâ", ầ: "aà", ấ: "aá", ẩ: "aå", ẫ: "aã", ậ: "aä",
  đ: "ñ",
  è: "eø", é: "eù", ẻ: "eû", ẽ: "eõ", ẹ: "eï",
  ê: "eâ", ề: "eà", ế: "eá", ể: "eå", ễ: "eã", ệ: "eä",
  ì: "ì", í: "í", ỉ: "æ", ĩ: "ó", ị: "ò",
  ò: "oø", ó: "où", ỏ: "oû", õ: "oõ", ọ: "oï",
  ô: "oâ", ồ: "oà", ố: "oá", ổ: "oå", ỗ: "oã", ộ: "oä",
  ơ: "ô", ờ: "ôø", ớ: "ôù", ở: "ôû", ỡ: "ôõ", ợ: "ôï",
  ù: "uø", ú: "uù", ủ: "uû", ũ: "uõ", ụ: "uï",
  ư: "ö", ừ: "öø", ứ: "öù", ử: "öû", ữ: "öõ", ự: "öï",
  ỳ: "yø", ý: "yù", ỷ: "yû", ỹ: "yõ", ỵ: "î",
};

/**
 * The vowel groups a Vietnamese syllable can hold, tone marks taken off (`uyê` in `chuyển`,
 * `ươi` in `người`): with the onsets and codas, the shape that tells a Vietnamese word from a
 * legacy-encoded one (`luËn`, `luaän`).
 *
 * @example
 * ```ts
 * VOWEL_NUCLEI.includes("ươ"); // true
 * ```
 */
export const VOWEL_NUCLEI: readonly string[] = [
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
];
