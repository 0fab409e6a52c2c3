import type { PartyKind } from "../model/schema.js";

/**
 * A word or phrase that heads a party name, in key form (see {@link matchKey}).
 *
 * @example
 * ```ts
 * const head: PartyHead = { key: "sở", kind: "organization" };
 * ```
 */
export interface PartyHead {
  key: string;
  kind: PartyKind;
  /** Takes a list after a colon: `các Bộ: Tài chính, Tư pháp`. */
  distributes?: boolean;
}

const org = (keys: string[], distributes = false): PartyHead[] => keys.map((key) => ({ key, kind: "organization", distributes }));
const pos = (keys: string[]): PartyHead[] => keys.map((key) => ({ key, kind: "position", distributes: true }));
const col = (keys: string[]): PartyHead[] => keys.map((key) => ({ key, kind: "collective" }));

/**
 * Heads of party names: organisations, positions and collectives. Users extend them through
 * the `lexicon` option of {@link parseNotice}.
 *
 * @example
 * ```ts
 * PARTY_HEADS.some((h) => h.key === "ủy ban nhân dân"); // true
 * ```
 */
export const PARTY_HEADS: readonly PartyHead[] = [
  ...org(["bộ", "sở", "ban", "cục", "tổng cục", "vụ", "viện", "trung tâm", "chi cục", "phòng"], true),
  ...org([
    "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "ủy ban mặt trận tổ quốc", "ủy ban kiểm tra", "ubkt",
    "ủy ban", "đảng ủy", "đảng đoàn", "ban cán sự đảng", "ban thường vụ", "btv", "ban chấp hành", "bch",
    "thường trực", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "văn phòng", "công an", "bộ chỉ huy quân sự",
    "bộ chỉ huy bộ đội biên phòng", "bộ tư lệnh", "mặt trận tổ quốc", "mttq", "chính phủ", "quốc hội", "bộ chính trị",
    "ban bí thư", "trường", "bệnh viện", "tập đoàn", "tổng công ty", "công ty", "ngân hàng", "kho bạc nhà nước",
    "kho bạc", "thuế", "kiểm toán nhà nước", "thanh tra", "tòa án nhân dân", "viện kiểm sát nhân dân", "hội",
    "liên đoàn lao động", "liên đoàn", "liên minh hợp tác xã", "đoàn thanh niên", "tỉnh đoàn", "thành đoàn", "đoàn",
    "hội liên hiệp phụ nữ", "hội nông dân", "hội cựu chiến binh", "đài phát thanh", "đài", "báo", "ban quản lý", "ban chỉ đạo",
    "cơ quan đăng ký đầu tư", "cơ quan chủ trì", "cơ quan phối hợp", "đảng bộ", "chi bộ", "tổ công tác", "hội đồng",
    "tổ giúp việc", "tiểu ban", "ban điều hành", "tổ chuyên gia", "ban chỉ huy",
    "kiểm toán", "học viện", "đại học", "đài truyền hình", "thông tấn xã", "bảo hiểm xã hội", "ngân hàng nhà nước",
    "chủ đầu tư", "nhà thầu", "nhà đầu tư", "đồn biên phòng", "đồn", "trạm", "hạt", "đội", "chi nhánh", "điện lực", "hợp tác xã",
    "tổ đại biểu", "tổ biên tập", "tổ thẩm định", "tổ kiểm tra", "tổ liên ngành", "tổ dân phố", "quỹ",
  ]),
  ...pos([
    "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "bộ trưởng", "thứ trưởng",
    "thủ trưởng", "trưởng ban", "phó trưởng ban", "chánh văn phòng", "phó chánh văn phòng", "thủ tướng chính phủ",
    "thủ tướng", "phó thủ tướng", "chủ nhiệm", "phó chủ nhiệm", "tổng giám đốc", "hiệu trưởng", "cục trưởng",
    "tổng cục trưởng", "vụ trưởng", "chi cục trưởng", "trưởng phòng", "người đứng đầu", "thành viên", "ủy viên",
    "tổng bí thư", "chánh thanh tra", "tổng thư ký", "trưởng đoàn", "chỉ huy trưởng", "trưởng", "tổ trưởng",
  ]),
  ...col([
    "các cấp ủy", "cấp ủy", "các tổ chức đảng", "tổ chức đảng", "chính quyền", "các cơ quan", "cơ quan", "các đơn vị",
    "đơn vị", "các địa phương", "địa phương", "các sở", "các bộ", "các ban", "các ngành", "các tỉnh ủy", "các tỉnh",
    "các huyện", "các xã", "các thôn", "các buôn", "các ấp", "các tổ dân phố", "các khu phố", "cấp có thẩm quyền", "cơ quan có thẩm quyền", "các đoàn thể", "đoàn thể", "các doanh nghiệp",
    "doanh nghiệp", "các hội", "các tổ chức", "các phòng", "các phòng, ban", "các thành viên", "các đồng chí", "ubnd cấp xã", "ủy ban nhân dân cấp xã",
    "các chủ đầu tư", "các nhà thầu", "các nhà đầu tư", "các ban quản lý dự án", "các cơ sở", "các lực lượng", "lực lượng",
  ]),
];

/**
 * Phrases that begin with a head word but name no party (`Trường hợp` is "in case", not a
 * school; `phòng, chống` is "to prevent", not a division; `bộ máy` is an apparatus), in key form.
 *
 * @example
 * ```ts
 * NOT_PARTIES.includes("trường hợp"); // true
 * ```
 */
export const NOT_PARTIES: readonly string[] = [
  "trường hợp", "phòng, chống", "phòng chống", "phòng ngừa", "phòng cháy", "phòng tránh", "phòng, tránh", "phòng dịch",
  "phòng bệnh", "phòng thủ", "phòng vệ", "bộ máy", "bộ phận", "bộ tiêu chí", "bộ hồ sơ", "bộ luật", "bộ chỉ số", "bộ công cụ",
  "sở hữu", "sở trường", "vụ việc", "vụ án", "vụ mùa", "cục bộ", "ban đầu", "ban ngày", "hội nghị", "hội thảo", "hội thi",
  "hội diễn", "hội chợ", "hội nhập", "hội viên", "hội đủ", "trung tâm hành chính", "viện dẫn", "viện trợ", "báo chí",
  "công ty hóa", "đoàn kết", "đoàn viên", "đoàn công tác", "đội ngũ", "trưởng thành", "quỹ đất", "quỹ lương", "quỹ nhà", "quỹ thời gian",
];

/**
 * Fields that follow a ministry or department head (`Bộ Tài nguyên và Môi trường`), current and
 * former names; they are matched whole, so that `và` and commas inside them do not split a name.
 *
 * @example
 * ```ts
 * FIELDS.includes("văn hóa, thể thao và du lịch"); // true
 * ```
 */
export const FIELDS: readonly string[] = [
  "văn hóa, thể thao và du lịch", "lao động - thương binh và xã hội", "nông nghiệp và phát triển nông thôn",
  "nông nghiệp và môi trường", "tài nguyên và môi trường", "khoa học và công nghệ", "giáo dục và đào tạo",
  "kế hoạch và đầu tư", "thông tin và truyền thông", "giao thông vận tải", "dân tộc và tôn giáo", "công thương",
  "tài chính", "tư pháp", "nội vụ", "y tế", "xây dựng", "ngoại giao", "quốc phòng", "công an", "văn hóa - xã hội",
  "văn hóa, thông tin và thể thao", "văn hóa, thông tin, thể thao và du lịch", "văn hóa, thể thao và truyền thông",
  "văn hóa và thông tin", "văn hóa, thể thao", "tuyên giáo và dân vận", "tài chính - kế hoạch", "kinh tế, hạ tầng và đô thị",
];

/**
 * Words that start a predicate: a party name ends before them (`Sở Y tế chủ trì ...`).
 *
 * @example
 * ```ts
 * PREDICATE_STARTS.has("chủ trì"); // true
 * ```
 */
export const PREDICATE_STARTS: ReadonlySet<string> = new Set([
  "chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "theo dõi", "đôn đốc", "khẩn trương", "tập trung",
  "thực hiện", "tiếp tục", "hoàn thành", "hoàn thiện", "nghiên cứu", "rà soát", "xây dựng", "triển khai", "chỉ đạo",
  "lãnh đạo", "chủ động", "tham mưu", "báo cáo", "trình", "căn cứ", "theo", "làm việc", "thống nhất", "trao đổi",
  "giải quyết", "kịp thời", "cần", "phải", "được", "đã", "đang", "sẽ", "là", "có", "để", "về", "trong", "tại", "với",
  "cho", "của", "đối với", "nhằm", "do", "bằng", "khi", "nếu", "từ", "đến", "trước", "sau", "quan tâm", "tăng cường",
  "đẩy mạnh", "bảo đảm", "đảm bảo", "hướng dẫn", "kiểm tra", "giám sát", "tổng hợp", "đề xuất", "kiến nghị",
  "xem xét", "quyết định", "ban hành", "sửa đổi", "bổ sung", "cập nhật", "khắc phục", "nâng cao", "quán triệt",
  "sắp xếp", "lập", "gửi", "xin", "ưu tiên", "nắm", "đánh giá", "phát huy", "huy động", "nhận thức", "quán xuyến",
  "đi đầu", "nghiêm túc", "ghi nhận", "biểu dương", "thông báo", "kết luận", "yêu cầu", "đề nghị", "giao", "xác định",
  "tổ chức thực hiện", "tổ chức triển khai", "tổ chức lấy", "chuẩn bị", "phê duyệt", "đẩy nhanh", "cân đối", "bố trí",
  "nhất là", "trong đó", "gồm", "và các", "hoặc", "tham gia", "chăm lo", "vận động", "duy trì", "cung cấp", "công bố",
  "hỗ trợ", "nâng cấp", "kết nối", "chuẩn hóa", "tích hợp", "số hóa", "xử lý", "lựa chọn", "thẩm định", "tiếp nhận",
  "vận hành", "quản lý", "giữ vững", "đổi mới", "phấn đấu", "ngăn chặn", "phòng", "cắt giảm", "đơn giản hóa",
  "dành", "coi", "như", "mà", "thì", "nhưng", "song", "cùng", "ngay", "sớm", "hằng", "định kỳ", "thường xuyên",
  "xem", "ngày", "năm", "tháng", "quý", "trực tiếp", "tích cực", "chịu", "đề ra", "thuộc", "theo hướng",
  "phân công", "phân bổ", "phân cấp", "điều chỉnh", "thu hồi", "bàn giao", "tiếp thu", "hoàn tất", "khảo sát",
  "đối thoại", "thúc đẩy", "kiểm soát", "kiểm kê", "xác minh", "điều tra", "tiến hành", "thống kê", "sơ kết", "tổng kết",
  "chấn chỉnh", "siết chặt", "nắm chắc", "rút kinh nghiệm", "làm rõ", "tuyên truyền", "phổ biến", "kiện toàn",
  "thành lập", "tạo điều kiện", "tập huấn", "làm sạch", "chia sẻ", "đồng bộ", "ký",
  "cấp phép", "cấp giấy", "cấp mới", "cấp đổi", "cấp lại", "cấp phát", "định hướng", "tháo gỡ", "nắm bắt", "bám sát",
  "phân loại", "thẩm tra", "trả lời", "ký kết", "cưỡng chế", "xử phạt", "khôi phục", "mở rộng", "thu hút", "góp ý",
  "cho ý kiến", "nhân rộng", "bổ nhiệm", "điều động", "bồi thường", "cảnh báo", "lắp đặt", "trang bị", "mua sắm", "soạn thảo",
  "làm tốt", "tuần tra", "truy quét",
  "nhận diện", "giảm", "tăng", "có ý kiến", "có văn bản", "phòng ngừa", "dứt điểm", "quyết liệt", "sẵn sàng", "ứng phó",
  "sơ tán", "di dời", "kiểm điểm", "tuân thủ", "chi trả", "giải ngân", "khởi công", "nghiệm thu", "quyết toán",
  "nghiêm cấm", "tạm dừng", "đình chỉ", "chuyển giao", "công khai", "niêm yết", "lấy ý kiến", "bồi dưỡng", "đào tạo",
  "tuyển dụng", "không để", "theo sát", "thẩm duyệt", "phản hồi", "sửa chữa", "nạo vét", "gia cố", "quảng bá",
  "luân chuyển", "sáp nhập", "hợp nhất", "giải thể", "đo đạc", "giải phóng mặt bằng", "cứu trợ", "biên soạn", "phát động",
  "thu gom", "ngăn ngừa", "cắm mốc", "cắm biển", "thu nộp", "đối chiếu", "đối soát", "xác nhận", "giải trình", "tiếp công dân", "nộp", "hoàn trả", "cử cán bộ", "cử đại diện", "cử lãnh đạo", "cử thành viên", "đưa", "hoàn chỉnh",
  // what a name is never followed by inside itself: the object of a verb (`báo cáo UBND tỉnh những vấn đề`)
  "những", "kết quả", "việc", "tình hình", "vấn đề", "nội dung", "mọi", "một số",
  "tổ chức", "tiến hành", "tuyên truyền", "mở", "kêu gọi", "kiểm soát", "kiểm kê", "phân bổ", "giải tỏa",
]);

/**
 * Words that end the place or unit a name is qualified by (`Sở Y tế tỉnh`, `Ban Tổ chức Trung
 * ương`, `Thường trực Tỉnh ủy`): after one, only a capitalised proper name (`tỉnh Lâm Đồng`)
 * carries the name on; a lower-case word is the verb that follows.
 *
 * @example
 * ```ts
 * NAME_CLOSERS.has("tỉnh"); // true
 * ```
 */
export const NAME_CLOSERS: ReadonlySet<string> = new Set([
  "tỉnh", "huyện", "quận", "phường", "xã", "phố", "ương", "nam", "trấn", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
]);

/**
 * Lower-case words that continue a collective after a comma (`các sở, ban, ngành, địa phương`).
 *
 * @example
 * ```ts
 * COLLECTIVE_CONTINUATIONS.has("ngành"); // true
 * ```
 */
export const COLLECTIVE_CONTINUATIONS: ReadonlySet<string> = new Set([
  "sở", "ban", "ngành", "địa phương", "đơn vị", "cơ quan", "tổ chức", "đoàn thể", "tỉnh", "thành phố", "huyện",
  "xã", "phường", "đặc khu", "thị xã", "quận", "bộ", "cơ quan ngang bộ", "tổ chức đảng", "chính quyền", "ban đảng",
  "cấp xã", "cấp huyện", "cấp tỉnh", "cơ sở", "doanh nghiệp", "mặt trận tổ quốc", "đoàn thể các cấp", "thị trấn",
  "chi bộ", "đảng bộ", "đảng bộ cơ sở", "cấp ủy", "cấp ủy đảng", "tổ chức cơ sở đảng",
  "thôn", "buôn", "bản", "ấp", "làng", "sóc", "khóm", "tổ dân phố", "khu phố", "tập đoàn", "tổng công ty", "công ty",
]);

/**
 * Party committees in a collective list: `Các tỉnh ủy, thành ủy` is one party. An office of
 * each (`Ban Thường vụ các huyện ủy, thành ủy`) is distributed instead, so these continue only
 * a collective head.
 *
 * @example
 * ```ts
 * COMMITTEE_CONTINUATIONS.has("thành ủy"); // true
 * ```
 */
export const COMMITTEE_CONTINUATIONS: ReadonlySet<string> = new Set([
  "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "cấp ủy", "đảng ủy trực thuộc",
]);

/**
 * Organisation words a position distributes over (`Bí thư thành ủy, huyện ủy` → two people).
 *
 * @example
 * ```ts
 * DISTRIBUTABLE_ORGS.has("huyện ủy"); // true
 * ```
 */
export const DISTRIBUTABLE_ORGS: ReadonlySet<string> = new Set([
  "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng ủy trực thuộc", "ủy ban nhân dân",
  "hội đồng nhân dân", "ubnd", "hđnd",
]);

/**
 * Abbreviations expanded in canonical keys, so `UBND tỉnh` and `Ủy ban nhân dân tỉnh` merge.
 *
 * @example
 * ```ts
 * ABBREVIATIONS.ubnd; // "ủy ban nhân dân"
 * ```
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", mttq: "mặt trận tổ quốc", btv: "ban thường vụ",
  bch: "ban chấp hành", bcs: "ban cán sự", "đbqh": "đại biểu quốc hội", tw: "trung ương", vp: "văn phòng",
  ubmttq: "ủy ban mặt trận tổ quốc", ubkt: "ủy ban kiểm tra", ttg: "thủ tướng", "ttgcp": "thủ tướng chính phủ",
  vpcp: "văn phòng chính phủ",
};

/**
 * Heads of bodies set up for one business, named by it in small letters after the head
 * (`Ban Chỉ đạo sắp xếp đơn vị hành chính`, `Tổ công tác rà soát văn bản`, `Hội đồng thẩm định
 * giá đất tỉnh`): there a verb is the body's business, not what the sentence asks of it.
 *
 * @example
 * ```ts
 * TOPIC_HEADS.has("ban chỉ đạo"); // true
 * ```
 */
export const TOPIC_HEADS: ReadonlySet<string> = new Set([
  "ban chỉ đạo", "tổ công tác", "hội đồng", "ban quản lý", "tổ giúp việc", "tiểu ban", "ban điều hành", "tổ chuyên gia",
  "ban chỉ huy",
]);

/**
 * Words that end the business in a body's name: what such a body is asked to do or how, and the
 * words that join a sentence (`Tổ công tác rà soát văn bản` | `báo cáo ...`).
 *
 * @example
 * ```ts
 * TOPIC_STOPS.has("chủ trì"); // true
 * ```
 */
export const TOPIC_STOPS: ReadonlySet<string> = new Set([
  "chủ trì", "phối hợp", "chỉ đạo", "lãnh đạo", "theo dõi", "đôn đốc", "báo cáo", "tổng hợp", "tham mưu", "hướng dẫn",
  "có trách nhiệm", "chịu trách nhiệm", "chịu", "khẩn trương", "tiếp tục", "tập trung", "chủ động", "cần", "phải",
  "được", "đã", "đang", "sẽ", "là", "có", "để", "về", "trong", "tại", "với", "cho", "của", "đối với", "nhằm", "do",
  "khi", "đồng thời", "kể cả", "bao gồm", "ngoài ra", "nếu", "từ", "đến", "trước", "sau", "thực hiện", "triển khai", "tổ chức thực hiện",
  "tổ chức triển khai", "tổ chức", "tổ chức lấy", "trình", "gửi", "xin", "hoàn thành", "hoàn thiện", "kịp thời", "ngay",
  "sớm", "thường xuyên", "định kỳ", "hằng", "nghiêm túc", "tích cực", "trực tiếp", "tăng cường", "đẩy mạnh", "đẩy nhanh",
  "bảo đảm", "đảm bảo", "xem xét", "quyết định", "ban hành", "đề xuất", "kiến nghị", "thông báo", "kết luận",
  "yêu cầu", "đề nghị", "giao", "như", "mà", "thì", "nhưng", "song", "cùng", "và các", "hoặc", "nhất là", "trong đó",
  "gồm", "những", "kết quả", "việc", "tình hình", "vấn đề", "nội dung", "mọi", "một số", "căn cứ", "theo",
  "làm việc", "thống nhất", "trao đổi", "ưu tiên", "ngày", "năm", "tháng", "quý", "xem", "thuộc", "theo hướng",
  "phân công", "tiến hành", "quán triệt", "nghiên cứu", "kiểm tra", "giám sát", "quan tâm", "rút kinh nghiệm", "chấn chỉnh",
  "hoàn chỉnh",
]);

/**
 * Heads whose official names may go on with `về` and a field (`Cục Cảnh sát Quản lý hành chính
 * về trật tự xã hội`, `Ban Chỉ đạo Trung ương về phát triển khoa học`).
 *
 * @example
 * ```ts
 * NAMED_FIELD_HEADS.has("cục"); // true
 * ```
 */
export const NAMED_FIELD_HEADS: ReadonlySet<string> = new Set(["cục", "ban chỉ đạo", "hội đồng", "ủy ban", "tiểu ban", "tổ công tác"]);

/**
 * Words after `về` that open what a report is about, not a field in a name (`báo cáo Cục X về
 * kết quả ...`).
 *
 * @example
 * ```ts
 * REPORT_SUBJECTS.has("tình hình"); // true
 * ```
 */
export const REPORT_SUBJECTS: ReadonlySet<string> = new Set([
  "kết quả", "tình hình", "tiến độ", "việc", "nội dung", "các", "những", "công tác", "vấn đề", "số liệu", "dự thảo",
  "phương án", "kế hoạch", "đề xuất", "thực hiện", "triển khai", "tiến trình", "khó khăn", "vướng mắc", "ý kiến",
  "một số", "mọi", "toàn bộ", "chủ trương", "đề án", "báo cáo", "danh sách", "danh mục", "hồ sơ", "nhu cầu", "trường hợp",
]);

/**
 * What kind of bodies a collective of agencies or units is, in words that alone would read as
 * verbs (`Các cơ quan tham mưu, giúp việc của Tỉnh ủy`, `các cơ quan thông tấn, báo chí`); a comma
 * may join two.
 *
 * @example
 * ```ts
 * ORGAN_KINDS.has("tham mưu"); // true
 * ```
 */
export const ORGAN_KINDS: ReadonlySet<string> = new Set([
  "tham mưu giúp việc", "tham mưu", "giúp việc", "chuyên môn", "chức năng", "thông tấn", "báo chí", "truyền thông", "quản lý nhà nước", "hành chính", "sự nghiệp", "tiến hành tố tụng", "bảo vệ pháp luật",
]);

/**
 * Which places of a kind (key form): `các xã biên giới`, `Ủy ban nhân dân các phường, xã ven sông`.
 *
 * @example
 * ```ts
 * PLACE_QUALIFIERS.has("miền núi"); // true
 * ```
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  "ven biển", "ven sông", "ven đô", "biên giới", "giáp biên giới", "miền núi", "vùng cao", "vùng sâu", "vùng xa",
  "đồng bằng", "trung du", "trọng điểm", "giáp ranh", "lân cận", "có biển", "có rừng", "đặc biệt khó khăn",
]);

/**
 * Nouns of a measure or an activity (key form): a verb after one names it rather than ending a
 * collective's qualifier (`các xã có tỷ lệ giải ngân thấp`, `có hoạt động khai thác cát`).
 *
 * @example
 * ```ts
 * NOUNS_OF_ACTS.has("tỷ lệ"); // true
 * ```
 */
export const NOUNS_OF_ACTS: ReadonlySet<string> = new Set(["tỷ lệ", "tiến độ", "khối lượng", "kết quả", "hoạt động", "việc", "số lượng", "nhu cầu"]);

/**
 * What follows `có` when it is the verb (key form): to bear, to issue, to give (`có trách nhiệm`,
 * `có văn bản`, `có ý kiến`), or can (`có thể`); not which ones of a collective (`các xã có dự án`).
 *
 * @example
 * ```ts
 * HAVING_PREDICATES.has("trách nhiệm"); // true
 * ```
 */
export const HAVING_PREDICATES: ReadonlySet<string> = new Set([
  "trách nhiệm", "ý kiến", "văn bản", "báo cáo", "kế hoạch", "phương án", "giải pháp", "biện pháp", "hướng dẫn",
  "tờ trình", "công văn", "đề xuất", "kiến nghị", "thể", "nhiệm vụ", "chỉ đạo", "thông báo", "quyết định", "sự",
  "hình thức", "chương trình", "lộ trình", "cơ chế", "chính sách", "đề án", "dự thảo",
]);

/**
 * Documents (key form) that a body's name does not go on with when written with a capital after
 * it: `trình UBND tỉnh Quyết định phê duyệt` reports to `UBND tỉnh`.
 *
 * @example
 * ```ts
 * DOCUMENT_WORDS.has("quyết định"); // true
 * ```
 */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  "quyết định", "nghị quyết", "kế hoạch", "dự thảo", "tờ trình", "báo cáo", "thông báo", "chỉ thị", "công văn",
  "chương trình", "đề án", "phương án", "nghị định", "thông tư", "quy định", "quy chế", "hướng dẫn", "luật",
  "kết luận", "công điện", "văn bản",
]);

/**
 * Heads (key form) that a kind of agency may follow (`Các cơ quan tham mưu, giúp việc`, `các đơn
 * vị chức năng`; see {@link ORGAN_KINDS}) or the parts of the political system (`Các cơ quan
 * Đảng, Nhà nước`; see {@link SYSTEM_PARTS}).
 *
 * @example
 * ```ts
 * ORGAN_HEADS.has("các cơ quan"); // true
 * ```
 */
export const ORGAN_HEADS: ReadonlySet<string> = new Set(["cơ quan", "các cơ quan", "đơn vị", "các đơn vị", "lực lượng", "các lực lượng"]);

/**
 * The elected and executive bodies (key form) one office may serve together: `Văn phòng HĐND và
 * UBND huyện`, `Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh`.
 *
 * @example
 * ```ts
 * SERVED_BODIES.includes("hđnd"); // true
 * ```
 */
export const SERVED_BODIES: readonly string[] = ["hội đồng nhân dân", "hđnd", "ủy ban nhân dân", "ubnd", "đoàn đại biểu quốc hội", "đoàn đbqh"];

/**
 * The parts of the political system whose organs a collective names (`Các cơ quan của Đảng, Nhà
 * nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh`, `các cơ quan đảng, chính
 * quyền các cấp`), in key form.
 *
 * @example
 * ```ts
 * SYSTEM_PARTS.has("mặt trận tổ quốc"); // true
 * ```
 */
export const SYSTEM_PARTS: ReadonlySet<string> = new Set([
  "đảng", "nhà nước", "chính quyền", "mặt trận tổ quốc việt nam", "mặt trận tổ quốc", "mttq", "ủy ban mặt trận tổ quốc", "ủy ban mttq",
  "các đoàn thể chính trị - xã hội", "các tổ chức chính trị - xã hội", "đoàn thể chính trị - xã hội", "tổ chức chính trị - xã hội", "các đoàn thể", "đoàn thể",
]);

/**
 * Nouns of two words whose second word alone would read as a verb that ends a name
 * (`Ban Quản lý các công trình giao thông`: `trình` is `submit`, `công trình` a work).
 *
 * @example
 * ```ts
 * NOUN_COMPOUNDS.has("công trình"); // true
 * ```
 */
export const NOUN_COMPOUNDS: ReadonlySet<string> = new Set([
  "công trình", "chương trình", "quy trình", "tờ trình", "lộ trình", "tiến trình", "giáo trình", "hành trình",
  "dự báo", "thông báo", "phát triển", "cơ sở", "đô thị", "nông thôn", "hạ tầng", "giao thông", "giao dịch",
  "biên phòng", "văn phòng", "quốc phòng", "dự phòng",
]);

/**
 * Words of two syllables (key form) that a proper name holds, its first syllable capitalised,
 * whose second syllable alone reads as a verb (`Văn phòng Đăng ký đất đai`: `ký` is `sign`).
 * Written in lower case they are verbs (`các hộ đăng ký tham gia`).
 *
 * @example
 * ```ts
 * NAME_COMPOUNDS.has("đăng ký"); // true
 * ```
 */
export const NAME_COMPOUNDS: ReadonlySet<string> = new Set(["đăng ký"]);
