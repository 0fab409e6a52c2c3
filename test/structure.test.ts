import { describe, expect, it } from "vitest";
import { normalize, parseLabel, parseNotice, parseSymbol, structure, isPersonName } from "../src/index.js";

describe("parseSymbol", () => {
  const cases: Array<[string, string | null, string | null, string | null, string | null]> = [
    ["845-TB/TU", "845", "TB", "TU", null],
    ["467/TB-VPCP", "467", "TB", "VPCP", null],
    ["2235/VPCP-KGVX", "2235", null, "VPCP", "KGVX"],
    ["45/UBND-KT", "45", null, "UBND", "KT"],
    ["221-KL/TW", "221", "KL", "TW", null],
    ["/TB-VP", null, "TB", "VP", null],
    ["45/STC-NS", "45", null, "STC", "NS"],
    ["30/2020/NĐ-CP", "30", "NĐ", "CP", null],
    ["12-KL/TU-BTC", "12", "KL", "TU", "BTC"],
  ];
  it.each(cases)("%s", (raw, number, typeCode, issuerCode, unitCode) => {
    const s = parseSymbol(raw);
    expect([s.number, s.typeCode, s.issuerCode, s.unitCode ?? null]).toEqual([number, typeCode, issuerCode, unitCode]);
  });
});

describe("sections numbered the older way", () => {
  it("reads `I-`, `1/`, `a/` as sections whose labels are their values, nested by first appearance", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\nI- ĐÁNH GIÁ\nTình hình ổn định.\nII- NHIỆM VỤ\n1/ Giao Sở Y tế rà soát.\n2/ Giao Sở Tài chính bố trí vốn:\na/ Trước mắt bố trí 10 tỷ đồng.\nb/ Năm 2026 bố trí phần còn lại.");
    const paths: string[] = [];
    const walk = (nodes: typeof n.sections, at: string[]): void => {
      for (const x of nodes) {
        paths.push([...at, x.label].join("/"));
        walk(x.children, [...at, x.label]);
      }
    };
    walk(n.sections, []);
    expect(paths).toEqual(["I", "II", "II/1", "II/2", "II/2/a", "II/2/b"]);
    expect(n.tasks.map((t) => t.assignments.find((a) => a.role === "lead")?.party.name)).toEqual(["Sở Y tế", "Sở Tài chính", "Sở Tài chính"]);
  });
  it("puts capital-letter parts above Roman numerals and `a.` points under their item", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\nA. ĐÁNH GIÁ\nTình hình ổn định.\nB. NHIỆM VỤ\n1. Sở Y tế:\na. Rà soát danh mục thuốc.\nb. Bố trí giường bệnh.");
    expect(n.sections.map((s) => [s.label, s.children.map((c) => [c.label, c.children.map((g) => g.label)])])).toEqual([
      ["A.", []],
      ["B.", [["1.", ["a.", "b."]]]],
    ]);
    expect(n.tasks.map((t) => t.text)).toEqual(["Rà soát danh mục thuốc.", "Bố trí giường bệnh."]);
  });
});

describe("parseLabel", () => {
  const cases: Array<[string, string | null, string | null]> = [
    ["I. Về kết quả", "roman", "I"],
    ["2. Nhiệm vụ", "arabic", "2"],
    ["2) Nhiệm vụ", "arabicParen", "2"],
    ["2.3.1. Giao", "dotted", "2.3.1"],
    ["đ) Sở Y tế", "letter", "đ"],
    ["(1) Bộ Tài chính", "parenArabic", "(1"],
    ["(ii) Chỉ đạo", "parenRoman", "(ii"],
    ["Điều 1. Phạm vi", "article", "Điều 1"],
    ["PHẦN II", "part", "PHẦN II"],
    ["- Rà soát", "bullet", "-"],
    ["+ Rà soát", "bullet", "+"],
    ["Bộ Y tế chủ trì", null, null],
    ["1.234 tỷ đồng", null, null],
    // one kind of label per first character
    ["I) Về kết quả", "roman", "I"],
    ["i) Rà soát", "letter", "i"],
    ["Phần thứ hai", "part", "Phần thứ hai"],
    ["Phòng Tư pháp", null, null],
    ["Điều chỉnh quy hoạch", null, null],
    ["Ví dụ", null, null],
    ["(đ) Sở Y tế", "parenArabic", "(đ"],
    ["(Kèm theo)", null, null],
    ["• Rà soát", "bullet", "•"],
    ["-Rà soát", "bullet", "-"],
    ["12) Sở Y tế", "arabicParen", "12"],
    ["2024 là năm", null, null],
    // the slash and dash forms of older and party documents; `a.`; a capital letter over caps
    ["1/ Giao Sở Y tế", "arabic", "1"],
    ["2- Giao Sở Y tế", "arabic", "2"],
    ["II- NHIỆM VỤ", "roman", "II"],
    ["a/ Trước mắt", "letter", "a"],
    ["b. Bố trí vốn", "letter", "b"],
    ["A. ĐÁNH GIÁ CHUNG", "letter", "A"],
    ["Đ. NHIỆM VỤ", "letter", "Đ"],
    ["P. KẾ HOẠCH", "letter", "P"],
    ["1/6/2025 là ngày", null, null],
    ["1-2 ngày", null, null],
    ["A. Sở Y tế", null, null],
    ["v.v. các nội dung", null, null],
  ];
  it.each(cases)("%s", (line, scheme, value) => {
    const m = parseLabel(line);
    expect(m ? [m.scheme, m.value] : [null, null]).toEqual([scheme, value]);
  });
});

const STATE = `ỦY BAN NHÂN DÂN
TỈNH SƠN NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/TB-UBND
Sơn Nam, ngày 09 tháng 01 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng, chống thiên tai
Ngày 07 tháng 01 năm 2025, đồng chí Phan Văn Lộc, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:
I. Đánh giá chung
Công tác chuẩn bị được triển khai kịp thời.
II. Nhiệm vụ
1. Sở Nông nghiệp và Môi trường rà soát phương án ứng phó.
3. Sở Xây dựng kiểm tra công trình.
3. Công an tỉnh bảo đảm an ninh.
Nơi nhận:
- Chủ tịch UBND tỉnh (b/c);
- Các sở, ngành;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Thị Hạnh`;

describe("structure", () => {
  const doc = structure(normalize(STATE));
  it("reads the state header", () => {
    expect(doc.meta.symbol?.raw).toBe("77/TB-UBND");
    expect(doc.meta.issuedOn).toBe("2025-01-09");
    expect(doc.meta.place).toBe("Sơn Nam");
    expect(doc.meta.kind).toBe("state");
    expect(doc.meta.docType).toBe("Thông báo");
    expect(doc.meta.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH SƠN NAM");
    expect(doc.meta.meeting?.date).toBe("2025-01-07");
  });
  it("reads signature, recipients and archive", () => {
    expect(doc.meta.signature).toMatchObject({ authority: "signingFor", onBehalfOf: "CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Đỗ Thị Hạnh" });
    expect(doc.meta.recipients.map((r) => [r.name, r.purpose])).toEqual([["Chủ tịch UBND tỉnh", "b/c"], ["Các sở, ngành", null]]);
    expect(doc.meta.archive).toBe("VT, KT");
  });
  it("builds the section tree with stable ids and diagnostics", () => {
    expect(doc.sections.map((s) => s.id)).toEqual(["sec_I", "sec_II"]);
    expect(doc.sections[1]?.children.map((s) => s.id)).toEqual(["sec_II__subsec_1", "sec_II__subsec_3", "sec_II__subsec_3_2"]);
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).toContain("section.gap");
    expect(codes).toContain("section.repeat");
  });
  it("reads a party header with a blank number", () => {
    const d = structure(normalize("TỈNH ỦY SƠN NAM\n*\nSố  -TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nSơn Nam, ngày   tháng 3 năm 2024\nTHÔNG BÁO\n1. Giao Ban Tổ chức Tỉnh ủy rà soát."));
    expect(d.meta.kind).toBe("party");
    expect(d.meta.symbol).toBeNull();
    expect(d.meta.issuedOn).toBeNull();
  });
  it("tells names from positions", () => {
    expect(isPersonName("Hoàng Văn Bằng")).toBe(true);
    expect(isPersonName("Như trên")).toBe(false);
  });
});
