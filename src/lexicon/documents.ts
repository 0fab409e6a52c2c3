/**
 * Document type codes used in numbers and symbols (Decree 30/2020/NĐ-CP appendix III and the
 * party list of Hướng dẫn 36-HD/VPTW), mapped to their names.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPES.TB; // "Thông báo"
 * ```
 */
export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  TB: "Thông báo", KL: "Kết luận", NQ: "Nghị quyết", CT: "Chỉ thị", "QĐ": "Quyết định",
  KH: "Kế hoạch", BC: "Báo cáo", HD: "Hướng dẫn", CTr: "Chương trình", TTr: "Tờ trình",
  CV: "Công văn", "CĐ": "Công điện", QC: "Quy chế", "QĐi": "Quy định", "QyĐ": "Quy định",
  "NĐ": "Nghị định", TT: "Thông tư", "TTLT": "Thông tư liên tịch", PA: "Phương án", "ĐA": "Đề án",
  DA: "Dự án", BB: "Biên bản", GM: "Giấy mời", GGT: "Giấy giới thiệu", HĐ: "Hợp đồng",
  QD: "Quyết định", L: "Lệnh", PL: "Pháp lệnh", TC: "Tờ trình", CTHĐ: "Chương trình hành động",
};

/**
 * Document type names as they open a title line, upper-cased, longest first.
 *
 * @example
 * ```ts
 * TITLE_DOC_TYPES.includes("THÔNG BÁO"); // true
 * ```
 */
export const TITLE_DOC_TYPES: readonly string[] = [
  "CHƯƠNG TRÌNH HÀNH ĐỘNG", "THÔNG BÁO", "KẾT LUẬN", "CHỈ THỊ", "CÔNG ĐIỆN",
  "KẾ HOẠCH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "BÁO CÁO", "CÔNG VĂN",
  "QUY ĐỊNH", "QUY CHẾ", "TỜ TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN",
];

/**
 * Party issuer codes (Hướng dẫn 36-HD/VPTW) with what they stand for.
 *
 * @example
 * ```ts
 * PARTY_ISSUER_CODES.TU; // "Tỉnh ủy / Thành ủy trực thuộc Trung ương"
 * ```
 */
export const PARTY_ISSUER_CODES: Readonly<Record<string, string>> = {
  TW: "Ban Chấp hành Trung ương", TU: "Tỉnh ủy / Thành ủy trực thuộc Trung ương", HU: "Huyện ủy",
  QU: "Quận ủy", TX: "Thị ủy", "ĐU": "Đảng ủy", BCS: "Ban cán sự đảng", "ĐĐ": "Đảng đoàn",
  VPTW: "Văn phòng Trung ương Đảng", VPTU: "Văn phòng Tỉnh ủy", BTCTW: "Ban Tổ chức Trung ương",
  BTGTW: "Ban Tuyên giáo Trung ương", UBKTTW: "Ủy ban Kiểm tra Trung ương", BDVTW: "Ban Dân vận Trung ương",
  BNCTW: "Ban Nội chính Trung ương", BKTTW: "Ban Kinh tế Trung ương", BĐNTW: "Ban Đối ngoại Trung ương",
};

/**
 * State issuer codes seen in symbols, with the body they stand for.
 *
 * @example
 * ```ts
 * STATE_ISSUER_CODES.VPCP; // "Văn phòng Chính phủ"
 * ```
 */
export const STATE_ISSUER_CODES: Readonly<Record<string, string>> = {
  VPCP: "Văn phòng Chính phủ", TTg: "Thủ tướng Chính phủ", CP: "Chính phủ", UBND: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân", BNV: "Bộ Nội vụ", BTC: "Bộ Tài chính", BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BCA: "Bộ Công an", BQP: "Bộ Quốc phòng", BNG: "Bộ Ngoại giao", BTP: "Bộ Tư pháp", BCT: "Bộ Công Thương",
  BYT: "Bộ Y tế", BXD: "Bộ Xây dựng", BGDĐT: "Bộ Giáo dục và Đào tạo", BKHCN: "Bộ Khoa học và Công nghệ",
  BNNMT: "Bộ Nông nghiệp và Môi trường", BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch", BDTTG: "Bộ Dân tộc và Tôn giáo",
  VP: "Văn phòng", STC: "Sở Tài chính", SNV: "Sở Nội vụ",
};

/**
 * A copy's note that the original is signed, on its own line between the signer's position and
 * name: `Đã ký`, `Đã ký và đóng dấu` (the bracketed forms, `(Đã ký)`, are read with any other
 * bracketed note).
 *
 * @example
 * ```ts
 * SIGNED_NOTE.test("Đã ký và đóng dấu"); // true
 * ```
 */
export const SIGNED_NOTE = /^(?:Đã ký|ĐÃ KÝ|đã ký)(?: (?:và đóng dấu|VÀ ĐÓNG DẤU))?$/u;
