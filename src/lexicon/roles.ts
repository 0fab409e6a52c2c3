import { matchKey } from "./key.js";

/**
 * Headings of parts that assess rather than direct (`Về kết quả đạt được`, `Tồn tại, hạn chế`,
 * `Mục đích, yêu cầu`): no tasks are taken from below them.
 *
 * @example
 * ```ts
 * ASSESSMENT_HEADING.test("Về kết quả đạt được"); // true
 * ```
 */
export const ASSESSMENT_HEADING = /^(?:về\s+)?(?:kết quả đạt được|kết quả thực hiện|tình hình|đánh giá chung|đánh giá tình hình|tồn tại|hạn chế|ưu điểm|khuyết điểm|bối cảnh|nguyên nhân|mục đích|yêu cầu\s*$|quan điểm|mục tiêu|sự cần thiết|căn cứ)/iu;

/**
 * Words that open an item without directing anything: agreement, praise, acknowledgement.
 *
 * @example
 * ```ts
 * NON_DIRECTIVE_START.test("thống nhất với đề xuất của sở"); // true
 * ```
 */
export const NON_DIRECTIVE_START = /^(?:cơ bản |về cơ bản )?(?:thống nhất(?! với (?:bộ|sở|ban|các)(?![\p{L}\d]))|đồng ý|nhất trí|ghi nhận|biểu dương|hoan nghênh|đánh giá cao|cảm ơn|chúc mừng|chia sẻ|trân trọng)/u;

/**
 * Cue words that make an item a directive wherever they stand in its first sentence.
 *
 * @example
 * ```ts
 * STRONG_CUE.test("sở y tế cần rà soát"); // true
 * ```
 */
export const STRONG_CUE = /(?:^|\s)(?:cần|phải|giao|yêu cầu|đề nghị|chủ trì|khẩn trương|hoàn thành|chịu trách nhiệm|phối hợp)(?=\s|,|$)/u;

/**
 * Connectors before a sentence's subject: `Đồng thời, giao ...`.
 *
 * @example
 * ```ts
 * CONNECTOR.exec("Đồng thời, giao Sở Y tế")?.[0]; // "Đồng thời, "
 * CONNECTOR.exec("Hai là, Sở Y tế rà soát")?.[0];   // "Hai là, "
 * ```
 */
export const CONNECTOR = /^(?:Đồng thời|đồng thời|Ngoài ra|Bên cạnh đó|Mặt khác|Riêng|riêng|Trong đó|Sau đó|Trước mắt|(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) là(?=,)|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?=,))\s*,?\s*/u;

/**
 * The capacity a subject acts in, written between it and its verb (key form): `theo chức năng,
 * nhiệm vụ được giao`, `theo chức năng, nhiệm vụ, quyền hạn`, `theo thẩm quyền`, `theo lĩnh vực
 * quản lý`, `theo địa bàn được phân công`. The verb after it says what the subject is asked to do.
 *
 * @example
 * ```ts
 * CAPACITY.exec("theo lĩnh vực quản lý, hướng dẫn")?.[0]; // "theo lĩnh vực quản lý, "
 * ```
 */
export const CAPACITY = /^theo (?:chức năng(?:(?:,| và)? nhiệm vụ)?(?:(?:,| và) (?:quyền hạn|thẩm quyền)){0,2}|thẩm quyền|nhiệm vụ|(?:ngành,? lĩnh vực|địa bàn|lĩnh vực|ngành|phạm vi)(?: (?:quản lý|phụ trách))?)(?: (?:được giao|được phân công|quy định|phụ trách))?[\s,]*/u;

/**
 * A topic written before the directive it frames: `Về nguồn vốn: Sở Tài chính chủ trì ...`,
 * `Đối với các dự án chậm tiến độ: giao ...`. The clause after the colon is read as the item.
 *
 * @example
 * ```ts
 * TOPIC_PREFIX.exec("Về nguồn vốn: Sở Tài chính chủ trì")?.[0]; // "Về nguồn vốn: "
 * ```
 */
export const TOPIC_PREFIX = /^(?:Về|về|Đối với|đối với|Riêng đối với|riêng đối với)\s[^:;.\n]{2,200}:\s*/u;

/**
 * Verbs (in key form) that open an imperative item: `Rà soát ...`, `Khẩn trương ...`.
 *
 * @example
 * ```ts
 * DIRECTIVE_STARTS.has("rà soát"); // true
 * ```
 */
export const DIRECTIVE_STARTS: ReadonlySet<string> = new Set([
  "tập trung", "khẩn trương", "rà soát", "xây dựng", "triển khai", "hoàn thành", "hoàn thiện", "chỉ đạo", "lãnh đạo",
  "lãnh đạo, chỉ đạo", "quan tâm", "chuẩn bị", "tăng cường", "đẩy mạnh", "đẩy nhanh", "tiếp tục", "nghiên cứu",
  "thực hiện", "tổ chức", "bảo đảm", "đảm bảo", "giữ vững", "nhận diện", "đánh giá", "xem xét", "chủ động", "phối hợp",
  "chủ trì", "chịu trách nhiệm", "là đầu mối", "theo dõi", "đôn đốc", "kiểm tra", "giám sát", "báo cáo", "trình",
  "tham mưu", "đề xuất", "cập nhật", "sửa đổi", "bổ sung", "ban hành", "lựa chọn", "hướng dẫn", "giải quyết", "xử lý",
  "khắc phục", "nâng cao", "nâng cấp", "phát huy", "huy động", "đổi mới", "giảm", "giảm tối đa", "tăng", "ưu tiên",
  "thành lập", "kiện toàn", "sắp xếp", "quán triệt", "tuyên truyền", "phổ biến", "cải cách", "số hóa", "chuẩn hóa",
  "kết nối", "tích hợp", "cung cấp", "công bố", "lập", "phê duyệt", "bố trí", "cân đối", "làm rõ", "có ý kiến",
  "có văn bản", "gửi", "tiếp nhận", "thẩm định", "định kỳ", "phấn đấu", "bảo vệ", "phòng", "phòng ngừa", "ngăn chặn",
  "tạo điều kiện", "hỗ trợ", "vận động", "duy trì", "theo chức năng", "căn cứ", "trên cơ sở", "rút kinh nghiệm",
  "thường xuyên", "chấn chỉnh", "quản lý", "tổng hợp", "đề nghị", "yêu cầu", "giao", "chăm lo", "đầu tư", "phát triển",
  "thúc đẩy", "xác định", "xác minh", "điều tra", "tham gia", "tổ chức thực hiện", "bảo đảm mọi", "tăng cường công tác",
  "tiến hành", "mở", "kêu gọi", "kiểm soát", "kiểm kê", "phân bổ", "giải tỏa", "thu hồi", "điều chỉnh",
  "dứt điểm", "rà soát,", "kịp thời", "nghiêm túc", "quyết liệt", "tiếp thu", "khảo sát", "đối thoại", "hoàn tất",
  "chịu", "có trách nhiệm", "nắm chắc", "siết chặt", "thống kê", "sơ kết", "tổng kết", "xem xét,", "trình cấp",
  "phân công", "phân cấp", "bàn giao", "tập huấn", "làm việc", "trực tiếp", "làm sạch",
  "thông tin", "sẵn sàng", "ứng phó", "sơ tán", "di dời", "kiểm điểm", "tuân thủ", "thanh tra", "chi trả", "giải ngân",
  "vận hành", "khởi công", "nghiệm thu", "quyết toán", "nghiêm cấm", "tạm dừng", "đình chỉ", "chuyển giao", "công khai",
  "niêm yết", "lấy ý kiến", "ứng dụng", "bồi dưỡng", "đào tạo", "tuyển dụng", "không để", "tránh",
  "hằng tháng", "hằng quý", "hàng tháng", "hàng quý",
  "cấp phép", "cấp giấy", "cấp mới", "cấp đổi", "cấp lại", "cấp bổ sung", "cấp phát", "định hướng", "tháo gỡ", "nắm bắt",
  "bám sát", "theo sát", "phân loại", "thẩm tra", "thẩm duyệt", "trả lời", "phản hồi", "ký kết", "cưỡng chế", "xử phạt",
  "khôi phục", "sửa chữa", "nạo vét", "gia cố", "mở rộng", "thu hút", "xúc tiến", "quảng bá", "góp ý", "cho ý kiến",
  "tham gia ý kiến", "xin ý kiến", "nhân rộng", "khen thưởng", "bổ nhiệm", "điều động", "luân chuyển", "sáp nhập",
  "hợp nhất", "giải thể", "chuyển đổi", "đo đạc", "bồi thường", "giải phóng mặt bằng", "tìm kiếm", "cứu trợ",
  "cảnh báo", "lắp đặt", "trang bị", "mua sắm", "soạn thảo", "biên soạn", "phát động", "kiểm định", "thu gom", "xử lý dứt điểm",
  "làm tốt", "thực hiện tốt", "tuần tra", "truy quét", "ngăn ngừa", "cắm mốc", "cắm biển", "nộp", "thu nộp", "hoàn trả", "cử cán bộ", "cử đại diện", "cử lãnh đạo", "cử thành viên", "cử người", "đưa", "hoàn chỉnh", "đối chiếu", "đối soát", "xác nhận", "giải trình", "tiếp công dân",
]);

/**
 * Field labels of plan-style items (`Nhiệm vụ:`, `Đơn vị chủ trì:`, `Đơn vị phối hợp:`,
 * `Thời gian thực hiện:`), with what each field gives.
 *
 * @example
 * ```ts
 * FIELD_LABELS[0]?.[0].test("Nhiệm vụ: Rà soát"); // true
 * ```
 */
export const FIELD_LABELS: ReadonlyArray<readonly [RegExp, "task" | "lead" | "support" | "time" | "holder"]> = [
  [/^(?:Nhiệm vụ|Nội dung(?: nhiệm vụ)?|Nội dung công việc)\s*:\s*/iu, "task"],
  [/^(?:(?:Đơn vị|Cơ quan)\s+(?:chủ trì(?: thực hiện)?|thực hiện chính)|Trách nhiệm thực hiện|Chủ trì(?: thực hiện)?)\s*:\s*/iu, "lead"],
  // (`Cơ quan thực hiện:` with nothing after heads the bullets that name them: `holder` below)
  [/^(?:Đơn vị|Cơ quan)\s+thực hiện\s*:\s*(?=\S)/iu, "lead"],
  [/^(?:(?:Đơn vị|Cơ quan)\s+phối hợp(?: thực hiện)?|Phối hợp(?: thực hiện)?)\s*:\s*/iu, "support"],
  [/^(?:Thời gian|Thời hạn|Tiến độ|Thời điểm|Hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu, "time"],
  [/^(?:Cơ quan|Đơn vị)\s+thực hiện\s*:\s*$/iu, "holder"],
];

/**
 * Kinds of product a task can name, in key form (longest first where one holds another).
 *
 * @example
 * ```ts
 * DELIVERABLE_NOUNS.includes("tờ trình"); // true
 * ```
 */
export const DELIVERABLE_NOUNS: readonly string[] = [
  "báo cáo tổng kết", "báo cáo sơ kết", "báo cáo", "đề án", "tờ trình", "kế hoạch", "dự thảo", "phương án",
  "chương trình", "quy chế", "quy định", "quyết định", "nghị quyết", "nghị định", "thông tư", "chỉ thị", "hướng dẫn",
  "văn bản", "đề cương", "danh mục", "hồ sơ", "chiến lược", "quy hoạch", "dự án",
];

/**
 * Verbs that produce a document (`xây dựng Kế hoạch`, `hoàn thiện dự thảo`), in key form.
 *
 * @example
 * ```ts
 * PRODUCING_VERBS.includes("soạn thảo"); // true
 * ```
 */
export const PRODUCING_VERBS: readonly string[] = [
  "xây dựng", "ban hành", "hoàn thiện", "hoàn chỉnh", "soạn thảo", "trình", "lập", "chuẩn bị", "sửa đổi", "bổ sung",
  "nghiên cứu", "tham mưu ban hành", "tham mưu xây dựng", "có", "tổng hợp", "rà soát", "phê duyệt", "đề xuất",
];

/** A column of a task table. */
export type TableColumn = "number" | "lead" | "support" | "time" | "content" | "product" | "note";

/**
 * What the header cells of a task table name, in key form, tried in this order on each cell:
 * `Đơn vị chủ trì` is the lead column, `Thời gian hoàn thành` the deadline column. A table with a
 * content column and a lead column is a task table: each of its rows is a task.
 *
 * @example
 * ```ts
 * TABLE_COLUMNS.find(([, re]) => re.test("đơn vị chủ trì"))?.[0]; // "lead"
 * ```
 */
export const TABLE_COLUMNS: ReadonlyArray<readonly [column: TableColumn, test: RegExp]> = [
  ["number", /^(?:stt|tt|số tt|số thứ tự)$/u],
  ["support", /phối hợp/u],
  ["lead", /chủ trì|(?:cơ quan|đơn vị)(?:, đơn vị)? thực hiện|trách nhiệm thực hiện/u],
  ["time", /thời gian|thời hạn|tiến độ|hạn hoàn thành/u],
  ["content", /nội dung|nhiệm vụ|công việc|giải pháp/u],
  ["product", /sản phẩm|kết quả|hình thức/u],
  ["note", /ghi chú/u],
];

/**
 * The column each header cell names, when the cells head a task table (a content column and a
 * lead column at least); null for any other row.
 *
 * @example
 * ```ts
 * taskTableColumns(["STT", "Nội dung", "Chủ trì", "Thời hạn"]); // ["number", "content", "lead", "time"]
 * taskTableColumns(["Số: 12/TB-VP", "Hà Nội, ngày 5 tháng 3"]);  // null
 * ```
 */
export function taskTableColumns(cells: readonly string[]): Array<TableColumn | null> | null {
  const kinds = cells.map(tableColumnOf);
  return kinds.includes("content") && kinds.includes("lead") ? kinds : null;
}

/**
 * The column one header cell names, or null.
 *
 * @example
 * ```ts
 * tableColumnOf("Cơ quan phối hợp"); // "support"
 * ```
 */
export function tableColumnOf(cell: string): TableColumn | null {
  return TABLE_COLUMNS.find(([, re]) => re.test(matchKey(cell)))?.[0] ?? null;
}
