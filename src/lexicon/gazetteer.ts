/**
 * A body the library knows by name, with the spellings and abbreviations that mean it.
 *
 * @example
 * ```ts
 * const b: KnownBody = { name: "Văn phòng Chính phủ", aliases: ["VPCP"], level: "national" };
 * ```
 */
export interface KnownBody {
  /** The official name. */
  name: string;
  /** Other spellings and abbreviations that name the same body. */
  aliases: readonly string[];
  level: "national" | "provincial";
  /** A body that no longer exists under this name (merged in the 2025 reorganisation). */
  former?: boolean;
}

const nat = (name: string, ...aliases: string[]): KnownBody => ({ name, aliases, level: "national" });
const was = (name: string, ...aliases: string[]): KnownBody => ({ name, aliases, level: "national", former: true });
const prov = (name: string, ...aliases: string[]): KnownBody => ({ name, aliases, level: "provincial" });

/**
 * National bodies (the ministries and ministry-level agencies by their current names, the
 * Government's agencies, the central Party boards) and the generic bodies of a province. Used
 * to merge spellings into one canonical party; extend with the `lexicon.aliases` option.
 *
 * @example
 * ```ts
 * GAZETTEER.find((b) => b.aliases.includes("NHNN"))?.name; // "Ngân hàng Nhà nước Việt Nam"
 * ```
 */
export const GAZETTEER: readonly KnownBody[] = [
  // ministries and ministry-level agencies (from March 2025)
  nat("Bộ Quốc phòng", "BQP"),
  nat("Bộ Công an", "BCA"),
  nat("Bộ Ngoại giao", "BNG"),
  nat("Bộ Nội vụ", "BNV"),
  nat("Bộ Tư pháp", "BTP"),
  nat("Bộ Tài chính", "BTC"),
  nat("Bộ Công Thương"),
  nat("Bộ Nông nghiệp và Môi trường", "Bộ NN&MT", "Bộ NNMT"),
  nat("Bộ Xây dựng", "BXD"),
  nat("Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL", "Bộ VH,TT&DL"),
  nat("Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Bộ KHCN"),
  nat("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT", "Bộ GDĐT"),
  nat("Bộ Y tế", "BYT"),
  nat("Bộ Dân tộc và Tôn giáo", "Bộ DT&TG"),
  nat("Văn phòng Chính phủ", "VPCP"),
  nat("Thanh tra Chính phủ", "TTCP"),
  nat("Ngân hàng Nhà nước Việt Nam", "NHNN", "Ngân hàng Nhà nước", "NHNNVN"),
  // the Government's agencies
  nat("Đài Truyền hình Việt Nam", "VTV"),
  nat("Đài Tiếng nói Việt Nam", "VOV"),
  nat("Thông tấn xã Việt Nam", "TTXVN"),
  nat("Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
  nat("Viện Hàn lâm Khoa học xã hội Việt Nam"),
  nat("Đại học Quốc gia Hà Nội", "ĐHQGHN"),
  nat("Đại học Quốc gia Thành phố Hồ Chí Minh", "ĐHQG-HCM", "Đại học Quốc gia TP. Hồ Chí Minh"),
  nat("Bảo hiểm xã hội Việt Nam", "BHXH Việt Nam", "BHXHVN"),
  nat("Kiểm toán nhà nước", "KTNN"),
  nat("Tòa án nhân dân tối cao", "TANDTC"),
  nat("Viện kiểm sát nhân dân tối cao", "VKSNDTC"),
  // central Party bodies
  nat("Ban Chấp hành Trung ương", "BCH Trung ương", "BCHTW"),
  nat("Bộ Chính trị"),
  nat("Ban Bí thư"),
  nat("Văn phòng Trung ương Đảng", "VPTW"),
  nat("Ban Tổ chức Trung ương", "BTCTW"),
  nat("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW"),
  nat("Ban Nội chính Trung ương", "BNCTW"),
  nat("Ban Chính sách, chiến lược Trung ương"),
  nat("Ban Đối ngoại Trung ương", "BĐNTW"),
  nat("Ủy ban Kiểm tra Trung ương", "UBKTTW", "UBKT Trung ương"),
  nat("Đảng ủy Chính phủ"),
  nat("Đảng ủy Quốc hội"),
  nat("Đảng ủy các cơ quan Đảng Trung ương"),
  nat("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
  nat("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "UBTW MTTQ Việt Nam"),
  // bodies that the 2025 reorganisation merged: kept so older notices still read right
  was("Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT", "Bộ KHĐT"),
  was("Bộ Tài nguyên và Môi trường", "Bộ TN&MT", "Bộ TNMT"),
  was("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT", "Bộ NNPTNT"),
  was("Bộ Giao thông vận tải", "Bộ GTVT"),
  was("Bộ Thông tin và Truyền thông", "Bộ TT&TT", "Bộ TTTT"),
  was("Bộ Lao động - Thương binh và Xã hội", "Bộ LĐTB&XH", "Bộ LĐTBXH"),
  was("Ủy ban Dân tộc", "UBDT"),
  was("Ban Tuyên giáo Trung ương", "BTGTW"),
  was("Ban Dân vận Trung ương", "BDVTW"),
  was("Ban Kinh tế Trung ương", "BKTTW"),
  // the generic bodies of a province
  prov("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
  prov("Hội đồng nhân dân tỉnh", "HĐND tỉnh"),
  prov("Tỉnh ủy"),
  prov("Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy"),
  prov("Thường trực Tỉnh ủy", "TTTU"),
  prov("Ban Chấp hành Đảng bộ tỉnh", "BCH Đảng bộ tỉnh"),
  prov("Ủy ban Kiểm tra Tỉnh ủy", "UBKT Tỉnh ủy"),
  prov("Văn phòng Tỉnh ủy"),
  prov("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "Văn phòng UBND tỉnh"),
  prov("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
  prov("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "UBMTTQ Việt Nam tỉnh", "UBMTTQVN tỉnh", "Ủy ban MTTQ tỉnh", "UBMTTQ tỉnh"),
  prov("Công an tỉnh", "CA tỉnh"),
  prov("Bộ Chỉ huy Quân sự tỉnh", "BCHQS tỉnh", "Bộ CHQS tỉnh"),
  prov("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BĐBP tỉnh"),
  prov("Tòa án nhân dân tỉnh", "TAND tỉnh"),
  prov("Viện Kiểm sát nhân dân tỉnh", "VKSND tỉnh"),
  prov("Thanh tra tỉnh"),
  prov("Kho bạc Nhà nước tỉnh", "KBNN tỉnh"),
  prov("Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
  prov("Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh"),
  prov("Tỉnh đoàn"),
  prov("Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh"),
  prov("Hội Nông dân tỉnh", "HND tỉnh"),
  prov("Hội Cựu chiến binh tỉnh", "Hội CCB tỉnh"),
];

/**
 * The levels of local government, as key words: the word before a place's name (`tỉnh Lâm Đồng`)
 * and, written alone after a body (`Ủy ban nhân dân tỉnh`), the issuer's own place.
 *
 * @example
 * ```ts
 * PLACE_LEVELS.includes("thị xã"); // true
 * ```
 */
export const PLACE_LEVELS: readonly string[] = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu"];
