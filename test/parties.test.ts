import { describe, expect, it } from "vitest";
import { canonicalKey, compileLexicon, parsePartyList, withHome } from "../src/index.js";

const lex = compileLexicon();

describe("parsePartyList", () => {
  const cases: Array<[string, string[]]> = [
    ["Sở Tài chính rà soát", ["Sở Tài chính"]],
    ["Sở Tài chính, Xây dựng bố trí", ["Sở Tài chính", "Sở Xây dựng"]],
    ["các Bộ: Tài chính, Tư pháp thống nhất", ["Bộ Tài chính", "Bộ Tư pháp"]],
    ["Bí thư thành ủy, huyện ủy, đảng ủy trực thuộc Tỉnh ủy cần", ["Bí thư thành ủy", "Bí thư Huyện ủy", "Bí thư Đảng ủy trực thuộc Tỉnh ủy"]],
    ["các sở, ban, ngành, địa phương triển khai", ["các sở, ban, ngành, địa phương"]],
    ["các cơ quan liên quan khẩn trương", ["các cơ quan liên quan"]],
    ["Bộ Văn hóa, Thể thao và Du lịch chủ trì", ["Bộ Văn hóa, Thể thao và Du lịch"]],
    ["Bộ Tài nguyên và Môi trường, Bộ Tư pháp", ["Bộ Tài nguyên và Môi trường", "Bộ Tư pháp"]],
    ["Ủy ban nhân dân các huyện, thành phố:", ["Ủy ban nhân dân các huyện, thành phố"]],
    ["Văn phòng Ủy ban nhân dân tỉnh chủ trì", ["Văn phòng Ủy ban nhân dân tỉnh"]],
    ["Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]],
    ["Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế):", ["Sở Tài chính", "Ban quản lý Khu kinh tế"]],
    ["UBND xã, phường và các tổ chức có liên quan", ["UBND xã, phường", "các tổ chức có liên quan"]],
    ["thực hiện ngay", []],
    // a body set up for one business is named by it, verbs included, up to what it is asked to do
    ["Ban Chỉ đạo giải phóng mặt bằng dự án đường vành đai tỉnh chủ trì", ["Ban Chỉ đạo giải phóng mặt bằng dự án đường vành đai tỉnh"]],
    ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh theo dõi", ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"]],
    ["Tổ công tác rà soát thủ tục hành chính báo cáo", ["Tổ công tác rà soát thủ tục hành chính"]],
    ["Hội đồng thẩm định bảng giá đất huyện tổ chức họp", ["Hội đồng thẩm định bảng giá đất huyện"]],
    ["Ban Chỉ đạo sáp nhập đơn vị hành chính cấp huyện, cấp xã về tiến độ", ["Ban Chỉ đạo sáp nhập đơn vị hành chính cấp huyện, cấp xã"]],
    ["Tổ giúp việc xây dựng đề án tổng hợp ý kiến", ["Tổ giúp việc xây dựng đề án"]],
    // ... but a verb in a list, or one that says what is asked, is the predicate
    ["Ban Chỉ đạo rà soát, đánh giá các công trình", ["Ban Chỉ đạo"]],
    ["Ban Chỉ đạo chỉ đạo các sở", ["Ban Chỉ đạo"]],
    ["Tổ công tác khẩn trương hoàn thành", ["Tổ công tác"]],
    // an official name that goes on with `về` and its field, not with what a report is about
    ["Cục Cảnh sát Phòng cháy về chữa cháy và cứu nạn, cứu hộ chủ trì", ["Cục Cảnh sát Phòng cháy về chữa cháy và cứu nạn, cứu hộ"]],
    ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực chỉ đạo", ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"]],
    ["Cục Thuế tỉnh về kết quả", ["Cục Thuế tỉnh"]],
    ["Cục Hải quan về tình hình", ["Cục Hải quan"]],
    ["Bộ Công an về an ninh trật tự", ["Bộ Công an"]],
    ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]],
    ["Tổ công tác triển khai Đề án 06 huyện đôn đốc", ["Tổ công tác triển khai Đề án 06 huyện"]],
    ["Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW tỉnh chỉ đạo", ["Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW tỉnh"]],
    ["Tổ công tác triển khai thực hiện kế hoạch", ["Tổ công tác"]],
    ["Trung tâm Văn hóa, Thông tin và Thể thao huyện đẩy mạnh", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]],
    ["Phòng Tài chính - Kế hoạch cân đối", ["Phòng Tài chính - Kế hoạch"]],
    // where a collective is belongs to it
    ["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong hệ thống chính trị tiếp tục", ["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong hệ thống chính trị"]],
    ["các doanh nghiệp trên địa bàn tỉnh Sơn Nam chủ động", ["các doanh nghiệp trên địa bàn tỉnh Sơn Nam"]],
    ["Sở Y tế trong tháng này", ["Sở Y tế"]],
    // two-word nouns whose second or first word alone reads as a verb
    ["Ban Quản lý các công trình giao thông tỉnh trình", ["Ban Quản lý các công trình giao thông tỉnh"]],
    ["Các chủ đầu tư tập trung thi công", ["Các chủ đầu tư"]],
    ["Chủ đầu tư dự án đường ven biển khẩn trương", ["Chủ đầu tư dự án đường ven biển"]],
    // after its field a body's name goes on only with its place
    ["Sở Tài chính dự toán kinh phí năm sau", ["Sở Tài chính"]],
    ["Sở Y tế tỉnh Sơn Nam chủ trì", ["Sở Y tế tỉnh Sơn Nam"]],
    ["Sở Giáo dục và Đào tạo thành phố chủ trì", ["Sở Giáo dục và Đào tạo thành phố"]],
  ];
  it.each(cases)("%s", (text, names) => {
    expect(parsePartyList(text, 0, lex).parties.map((p) => p.name)).toEqual(names);
  });

  it("gives collectives the collective kind", () => {
    expect(parsePartyList("các sở, ngành chủ động", 0, lex).parties[0]?.kind).toBe("collective");
    expect(parsePartyList("Giám đốc Sở Y tế", 0, lex).parties[0]?.kind).toBe("position");
  });

  it("accepts user heads", () => {
    const custom = compileLexicon({ heads: ["Ban Quản lý dự án"] });
    expect(parsePartyList("Ban Quản lý dự án Cầu Đông chủ trì", 0, custom).parties.map((p) => p.name)).toEqual(["Ban Quản lý dự án Cầu Đông"]);
  });
});

describe("canonicalKey", () => {
  const same: Array<[string, string]> = [
    ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
    ["Uỷ ban nhân dân Tỉnh", "ủy ban nhân dân tỉnh"],
    ["HĐND tỉnh", "Hội đồng nhân dân tỉnh"],
    ["đồng chí Bí thư Tỉnh ủy", "Bí thư Tỉnh uỷ"],
    ["Sở Văn hoá", "sở văn hóa"],
    ["Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["đồng chí Nguyễn Văn A", "Nguyễn Văn A"],
    // the gazetteer's abbreviations
    ["VPCP", "Văn phòng Chính phủ"],
    ["NHNN", "Ngân hàng Nhà nước Việt Nam"],
    ["Bộ KH&CN", "Bộ Khoa học và Công nghệ"],
    ["Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"],
    ["UBMTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["Ban Tổ chức TW", "Ban Tổ chức Trung ương"],
  ];
  it.each(same)("%s = %s", (a, b) => {
    expect(canonicalKey(a)).toBe(canonicalKey(b));
  });
  it("keeps different bodies apart", () => {
    expect(canonicalKey("Sở Y tế")).not.toBe(canonicalKey("Bộ Y tế"));
    expect(canonicalKey("Ủy ban nhân dân huyện Hòa An")).not.toBe(canonicalKey("Ủy ban nhân dân huyện Hòa Bình"));
    expect(canonicalKey("Bộ Nông nghiệp và Môi trường")).not.toBe(canonicalKey("Bộ Nông nghiệp và Phát triển nông thôn"));
  });
  it("gives a body named by its level alone the issuer's place, and keeps other places apart", () => {
    const home = withHome(compileLexicon(), ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"]);
    expect(home.home).toEqual(["tỉnh lâm đồng"]);
    expect(canonicalKey("UBND tỉnh", home)).toBe(canonicalKey("Ủy ban nhân dân tỉnh Lâm Đồng", home));
    expect(canonicalKey("Công an tỉnh", home)).toBe(canonicalKey("Công an tỉnh Lâm Đồng"));
    expect(canonicalKey("UBND tỉnh Gia Lai", home)).not.toBe(canonicalKey("UBND tỉnh", home));
    // every place of a level is no one place
    expect(canonicalKey("UBND các tỉnh", home)).toBe(canonicalKey("UBND các tỉnh"));
    expect(canonicalKey("Chủ tịch UBND các huyện, tỉnh", home)).toBe(canonicalKey("Chủ tịch UBND các huyện, tỉnh"));
    // without a home, a place named and one not are two keys
    expect(canonicalKey("Ủy ban nhân dân tỉnh Lâm Đồng")).not.toBe(canonicalKey("UBND tỉnh"));
    const homes: Array<[string[], string[]]> = [
      [["TỈNH ỦY LÂM ĐỒNG"], ["tỉnh lâm đồng"]],
      [["ĐẢNG BỘ TỈNH SƠN NAM", "TỈNH ỦY"], ["tỉnh sơn nam"]],
      [["UBND HUYỆN KRÔNG NĂNG", "VĂN PHÒNG"], ["huyện krông năng"]],
      [["THÀNH ỦY HÀ NỘI"], ["thành phố hà nội"]],
      [["ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ"], ["thị xã buôn hồ"]],
      [["TỈNH ỦY ĐẮK LẮK", "ĐẢNG ỦY XÃ EA KAR"], ["tỉnh đắk lắk", "xã ea kar"]],
      [["VĂN PHÒNG CHÍNH PHỦ"], []],
      [["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], []],
    ];
    for (const [lines, want] of homes) expect(withHome(compileLexicon(), lines).home ?? []).toEqual(want);
  });
  it("merges user aliases", () => {
    const l = compileLexicon({ aliases: { BQLDA: "Ban Quản lý dự án" } });
    expect(canonicalKey("BQLDA", l)).toBe(canonicalKey("Ban Quản lý dự án", l));
  });
});
