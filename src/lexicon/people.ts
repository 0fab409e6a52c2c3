/**
 * Vietnamese family names, in key form (see {@link matchKey}), used to recognise a signer's name.
 *
 * @example
 * ```ts
 * SURNAMES.has("nguyễn"); // true
 * ```
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
  "dương", "lý", "trương", "lâm", "đinh", "mai", "trịnh", "đoàn", "lưu", "hà", "tô", "cao", "thái", "vương",
  "tạ", "châu", "lương", "quách", "phùng", "đào", "kiều", "tăng", "hứa", "triệu", "thân", "chu", "la", "lại",
  "nông", "lò", "sùng", "giàng", "vi", "hầu", "điểu", "y", "h'", "ksor", "rơ", "nay", "siu", "đàm", "khổng",
  "mạc", "ông", "âu", "văn", "tống", "từ", "nghiêm", "kim", "doãn", "khúc", "diệp", "thạch", "danh", "trà",
  "lữ", "phí", "bạch", "quan", "cù", "lục", "đồng", "hàn", "lã", "giáp", "tôn", "hoàng", "ninh", "bế", "sầm",
]);

/**
 * How positions start, in key form: used to tell a position line from a name.
 *
 * @example
 * ```ts
 * POSITION_STARTS.includes("chủ tịch"); // true
 * ```
 */
export const POSITION_STARTS: readonly string[] = [
  "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "giám đốc", "phó giám đốc", "bộ trưởng", "thứ trưởng",
  "thủ tướng", "phó thủ tướng", "chánh văn phòng", "phó chánh văn phòng", "trưởng ban", "phó trưởng ban",
  "chủ nhiệm", "phó chủ nhiệm", "tổng bí thư", "thủ trưởng", "như trên", "nơi nhận", "lưu",
];
