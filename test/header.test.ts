// Header, preamble, signature and recipients of notices written for these tests, in both
// official formats and without any header; and the electronic-document mapping.
import { describe, expect, it } from "vitest";
import { normalize, parseNotice, structure, toEdocMetadata, type NoticeMeta } from "../src/index.js";

const meta = (text: string): NoticeMeta => structure(normalize(text)).meta;

const PARTY = `ĐẢNG BỘ TỈNH SƠN NAM
TỈNH ỦY
*
Số 845-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Nam, ngày 3 tháng 4 năm 2024
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về công tác cán bộ
Ngày 01/4/2024, tại Trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp, đồng chí Lê Minh Khoa, Bí thư Tỉnh ủy chủ trì. Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Giao Ban Tổ chức Tỉnh ủy rà soát quy hoạch.
Ban Thường vụ Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
Nơi nhận:
- Ban Tổ chức Trung ương (để báo cáo),
- Các đảng bộ trực thuộc (để thực hiện),
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Trần Văn Bình`;

const STATE = `VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
HỎA TỐC
Số: 512/TB-VPCP
Hà Nội, ngày 12 tháng 11 năm 2024
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Nguyễn Minh Tâm tại cuộc họp về dự án đường cao tốc
Ngày 08 tháng 11 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Nguyễn Minh Tâm chủ trì cuộc họp về tiến độ dự án. Tham dự cuộc họp có lãnh đạo các Bộ: Tài chính, Xây dựng, Tư pháp; đại diện Văn phòng Chính phủ.
Sau khi nghe báo cáo, Phó Thủ tướng Chính phủ Nguyễn Minh Tâm kết luận như sau:
1. Bộ Xây dựng chủ trì hoàn thiện hồ sơ dự án.
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Các Bộ: TC, XD, TP;
- Lưu: VT, CN (3).
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phạm Thu Trang
PHỤ LỤC I
DANH MỤC CÁC NHIỆM VỤ
1. Hoàn thiện hồ sơ.
PHỤ LỤC II
TIẾN ĐỘ
1. Quý I/2025.`;

const LETTER = `ỦY BAN NHÂN DÂN
TỈNH SƠN NAM
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
KHẨN
MẬT
Số: 45/STC-NS
V/v triển khai dự toán ngân sách năm 2025
Sơn Nam, ngày 10 tháng 12 năm 2024
Kính gửi:
- Ủy ban nhân dân các huyện;
- Các sở, ban, ngành.
Sở Tài chính đề nghị các đơn vị thực hiện các nội dung sau:
1. Rà soát dự toán trước ngày 20/12/2024.
TL. GIÁM ĐỐC
TRƯỞNG PHÒNG NGÂN SÁCH
Hoàng Thị Mai`;

const JOINT = `BỘ TÀI CHÍNH - BỘ XÂY DỰNG
Số: 12/TB-BTC-BXD
Hà Nội, ngày 5 tháng 6 năm 2024
THÔNG BÁO
Kết luận liên bộ
1. Hai Bộ phối hợp rà soát.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG
Vũ Đức Anh
KT. BỘ TRƯỞNG BỘ XÂY DỰNG
THỨ TRƯỞNG
Bùi Thị Lan`;

describe("headers", () => {
  const cases: Array<[string, string, Partial<NoticeMeta>]> = [
    ["party form", PARTY, { kind: "party", docType: "Thông báo", issuer: "TỈNH ỦY", issuerParent: "ĐẢNG BỘ TỈNH SƠN NAM", place: "Sơn Nam", issuedOn: "2024-04-03", nationalLine: "ĐẢNG CỘNG SẢN VIỆT NAM", urgency: null, secrecy: null, subject: null }],
    ["state form", STATE, { kind: "state", docType: "Thông báo", issuer: "VĂN PHÒNG CHÍNH PHỦ", issuerParent: null, place: "Hà Nội", issuedOn: "2024-11-12", nationalLine: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", urgency: "flash", secrecy: null }],
    ["công văn with marks and V/v", LETTER, { kind: "state", issuer: "SỞ TÀI CHÍNH", issuerParent: "ỦY BAN NHÂN DÂN TỈNH SƠN NAM", issuedOn: "2024-12-10", urgency: "urgent", secrecy: "confidential", subject: "triển khai dự toán ngân sách năm 2025" }],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(meta(text)).toMatchObject(expected);
  });

  it("reads the symbol from its `Số` line", () => {
    const m = meta("Số: 30/2020/NĐ-CP\nHà Nội, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.");
    expect(m.symbol && [m.symbol.raw, m.symbol.number, m.symbol.typeCode, m.symbol.issuerCode]).toEqual(["30/2020/NĐ-CP", "30", "NĐ", "CP"]);
  });
  it.each([
    ["Số: 123 /TB-UBND", "123 /TB-UBND", "123", "TB", "UBND"],
    ["Số 45 - TB/HU", "45 - TB/HU", "45", "TB", "HU"],
    ["Số: 1.234/SYT-NVY", "1.234/SYT-NVY", "1.234", null, "SYT"],
  ])("reads a symbol with the spaces a template leaves: %s", (line, raw, number, typeCode, issuerCode) => {
    const m = meta(`${line}\nHà Nội, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.`);
    expect(m.symbol && [m.symbol.raw, m.symbol.number, m.symbol.typeCode, m.symbol.issuerCode]).toEqual([raw, number, typeCode, issuerCode]);
  });

  const dates: Array<[string, string | null, string | null]> = [
    ["Hà Nội, ngày 05 tháng 03 năm 2024", "2024-03-05", "Hà Nội"],
    ["Sơn Nam, ngày 5 tháng 3 năm 2024", "2024-03-05", "Sơn Nam"],
    ["Thành phố Hồ Chí Minh, ngày 21 tháng 12 năm 2023", "2023-12-21", "Thành phố Hồ Chí Minh"],
    ["Sơn Nam, ngày    tháng 3 năm 2024", null, "Sơn Nam"],
    ["Krông Năng, ngày 5/3/2025", "2025-03-05", "Krông Năng"],
    ["V/v triển khai Nghị quyết số 12/NQ-HĐND ngày 10/7/2024", null, null],
  ];
  it.each(dates)("date line %s", (line, issuedOn, place) => {
    const m = meta(`Số: 5/TB-UBND\n${line}\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.`);
    expect([m.issuedOn, m.place]).toEqual([issuedOn, place]);
  });
  it("reads a date in figures on the number's line", () => {
    expect(meta("Số: 88/TB-UBND ngày 10/4/2025\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.").issuedOn).toBe("2025-04-10");
  });
});

describe("preamble", () => {
  it("reads the meeting: date, place, chair's name and position, attendees distributed", () => {
    const m = meta(STATE);
    expect(m.meeting).toMatchObject({ date: "2024-11-08", place: "trụ sở Chính phủ", chairName: "Nguyễn Minh Tâm", chairPosition: "Phó Thủ tướng Chính phủ" });
    expect(m.meeting?.attendees).toEqual(["Bộ Tài chính", "Bộ Xây dựng", "Bộ Tư pháp", "Văn phòng Chính phủ"]);
    expect(m.opening).toMatch(/kết luận như sau:$/u);
  });
  it("ends the preamble at a bare `... kết luận:` and reads a working session", () => {
    const m = meta(`VĂN PHÒNG UBND TỈNH HẢI VÂN\nSố: 88/TB-VP\nHải Vân, ngày 20 tháng 10 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về dự án đường ven biển\nNgày 18/10/2025, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo chủ trì buổi làm việc với các đơn vị. Sau khi nghe báo cáo, Phó Chủ tịch kết luận:\n1. Giao Sở Xây dựng rà soát thiết kế.`);
    expect(m.meeting).toMatchObject({ date: "2025-10-18", chairName: "Trần Quốc Bảo", chairPosition: "Phó Chủ tịch UBND tỉnh" });
    expect(m.opening).toMatch(/Phó Chủ tịch kết luận:$/u);
  });
  it("reads a chair written before the position", () => {
    expect(meta(PARTY).meeting).toMatchObject({ date: "2024-04-01", place: "Trụ sở Tỉnh ủy" });
  });
  it("reads a chair named before the position's comma, or after `dưới sự chủ trì của`, and a date with the part of the day", () => {
    const head = "ỦY BAN NHÂN DÂN\nTỈNH HẢI VÂN\nSố: 12/TB-UBND\nHải Vân, ngày 22 tháng 6 năm 2025\nTHÔNG BÁO\nKết luận của lãnh đạo Ủy ban nhân dân tỉnh\n";
    const body = "\nKết luận như sau:\n1. Giao Sở Y tế rà soát.";
    expect(meta(`${head}Ngày 10/6/2025, đồng chí Trần Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.${body}`).meeting).toMatchObject({ date: "2025-06-10", chairName: "Trần Văn Hùng", chairPosition: "Phó Chủ tịch UBND tỉnh" });
    const party = meta(`${head}Sáng ngày 15 tháng 6 năm 2025, Thường trực Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy để nghe báo cáo.${body}`);
    expect(party.title).toBe("Kết luận của lãnh đạo Ủy ban nhân dân tỉnh");
    expect(party.meeting).toMatchObject({ date: "2025-06-15", chairName: "Nguyễn Văn Bình", chairPosition: "Bí thư Tỉnh ủy" });
    expect(meta(`${head}Chiều ngày 02/6/2025, Phó Thủ tướng Chính phủ Lê Thành Long chủ trì cuộc họp trực tuyến.${body}`).meeting).toMatchObject({ date: "2025-06-02", chairName: "Lê Thành Long" });
  });
  it("reads the addressees of a letter", () => {
    expect(meta(LETTER).addressees?.map((a) => a.name)).toEqual(["Ủy ban nhân dân các huyện", "Các sở, ban, ngành"]);
  });
});

describe("closing, signatures and recipients", () => {
  const authorities: Array<[string, string]> = [
    ["T/M BAN THƯỜNG VỤ", "onBehalfOf"], ["TM. ỦY BAN NHÂN DÂN", "onBehalfOf"], ["T/L BAN THƯỜNG VỤ", "byOrderOf"],
    ["TL. GIÁM ĐỐC", "byOrderOf"], ["K/T BÍ THƯ", "signingFor"], ["KT. CHỦ TỊCH", "signingFor"],
    ["TUQ. CHỦ TỊCH", "byDelegation"], ["Q. GIÁM ĐỐC", "acting"], ["GIÁM ĐỐC", "direct"],
  ];
  it.each(authorities)("authority %s", (line, authority) => {
    const m = meta(`Số: 5/TB-UBND\nHà Nội, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n${line}\nPHÓ CHỦ TỊCH\nNguyễn Văn Hòa`);
    expect(m.signature?.authority).toBe(authority);
    expect(m.signature?.name).toBe("Nguyễn Văn Hòa");
  });
  it("reads the authority and position over a copy's `(Đã ký)` line", () => {
    for (const mark of ["(Đã ký)", "Đã ký", "[đã ký]", "Đã ký và đóng dấu"]) {
      const m = meta(`Số: 5/TB-UBND\nHà Nội, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n1. Giao Sở Y tế rà soát.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${mark}\nNguyễn Văn Hòa`);
      expect(m.signature).toMatchObject({ authority: "signingFor", onBehalfOf: "CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn Hòa" });
    }
  });
  it("reads a position signed alone, with no recipients list, and the name without degrees or rank", () => {
    const cases: Array<[string, string]> = [
      ["GIÁM ĐỐC\nThS. Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hà"],
      ["CHỦ TỊCH\n(Đã ký)\nHoàng Quốc Khánh", "Hoàng Quốc Khánh"],
      ["GIÁM ĐỐC\n[Chữ ký số]\nH' Yim Kđoh", "H' Yim Kđoh"],
      ["GIÁM ĐỐC\nThiếu tướng Lê Văn Tuấn", "Lê Văn Tuấn"],
    ];
    for (const [block, name] of cases) {
      const n = parseNotice(`SỞ Y TẾ\nSố: 12/SYT-NVY\nSơn Nam, ngày 2 tháng 7 năm 2025\nKính gửi: Các bệnh viện trực thuộc.\n1. Rà soát danh mục thuốc.\n${block}`);
      expect(n.meta.signature?.name).toBe(name);
      expect(n.tasks.map((t) => t.text)).toEqual(["Rà soát danh mục thuốc."]);
    }
  });
  it("reads the closing paragraph and a signature for a body", () => {
    const m = meta(PARTY);
    expect(m.closing).toBe("Ban Thường vụ Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.");
    expect(m.signature).toMatchObject({ authority: "onBehalfOf", onBehalfOf: "BAN THƯỜNG VỤ", position: "PHÓ BÍ THƯ THƯỜNG TRỰC", name: "Trần Văn Bình" });
  });
  it("ends the body at `Trên đây là kết luận ...`: no task goes on into it", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n1. Sở Y tế rà soát danh mục thuốc.\nTrên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp.\nVăn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.");
    expect(n.tasks.map((t) => t.text)).toEqual(["Sở Y tế rà soát danh mục thuốc."]);
    expect(n.meta.closing).toBe("Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp.");
  });
  it("reads recipients with their purposes, and the archive line apart", () => {
    const party = meta(PARTY);
    expect(party.recipients.map((r) => [r.name, r.purpose])).toEqual([["Ban Tổ chức Trung ương", "để báo cáo"], ["Các đảng bộ trực thuộc", "để thực hiện"]]);
    expect(party.archive).toBe("Văn phòng Tỉnh ủy");
    const state = meta(STATE);
    expect(state.recipients.map((r) => [r.name, r.purpose])).toEqual([["Thủ tướng Chính phủ", "để b/c"], ["Các Bộ: TC, XD, TP", null]]);
    expect(state.archive).toBe("VT, CN (3)");
  });
  it("reads a header and signature whose cells a PDF converter wrapped in bold", () => {
    const text = `|\n**ỦY BAN NHÂN DÂN**\nTỈNH HẢI VÂN\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 77/TB-UBND\n|\nHải Vân, ngày 4 tháng 3 năm 2025\n|\n**THÔNG BÁO**\nKết luận của Chủ tịch UBND tỉnh\nNgày 2 tháng 3 năm 2025, Chủ tịch UBND tỉnh Lê Văn Minh đã chủ trì buổi làm việc với các sở. Tham dự có đại diện lãnh đạo các Sở: Tài chính, Xây dựng. Chủ tịch UBND tỉnh kết luận như sau:\n1. Giao Sở Xây dựng rà soát thiết kế.\n|\n**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Hạnh\n|`;
    const m = meta(text);
    expect(m).toMatchObject({ issuer: "ỦY BAN NHÂN DÂN TỈNH HẢI VÂN", nationalLine: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
    expect(m.meeting).toMatchObject({ chairName: "Lê Văn Minh", chairPosition: "Chủ tịch UBND tỉnh", attendees: ["Sở Tài chính", "Sở Xây dựng"] });
    expect(m.signature).toMatchObject({ authority: "signingFor", onBehalfOf: "CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Nguyễn Thị Hạnh" });
    const vp = meta(STATE.replace("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM PHÓ CHỦ NHIỆM"));
    expect(vp.signature).toMatchObject({ authority: "signingFor", onBehalfOf: "BỘ TRƯỞNG, CHỦ NHIỆM", position: "PHÓ CHỦ NHIỆM" });
  });
  it("reads every signer of a joint notice", () => {
    const m = meta(JOINT);
    expect(m.signatures?.map((s) => [s.onBehalfOf, s.name])).toEqual([["BỘ TRƯỞNG BỘ TÀI CHÍNH", "Vũ Đức Anh"], ["BỘ TRƯỞNG BỘ XÂY DỰNG", "Bùi Thị Lan"]]);
  });
  it("keeps appendices apart from the body", () => {
    const n = parseNotice(STATE);
    expect(n.meta.appendices?.map((a) => a.title)).toEqual(["PHỤ LỤC I DANH MỤC CÁC NHIỆM VỤ", "PHỤ LỤC II TIẾN ĐỘ"]);
    expect(n.sections.map((s) => s.label)).toEqual(["1."]);
  });
});

describe("documents without the usual parts", () => {
  const cases: Array<[string, string, number]> = [
    ["no header at all", "Giao Sở Tài chính chủ trì rà soát.\n1. Sở Y tế báo cáo.\n2. Sở Nội vụ hướng dẫn.", 2],
    ["a fragment of one paragraph", "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát trước ngày 30/6/2024.", 0],
    ["numbering that skips and repeats", "THÔNG BÁO\n1. Sở Y tế rà soát.\n3. Sở Nội vụ hướng dẫn.\n3. Sở Tài chính bố trí.\n2. Sở Xây dựng kiểm tra.", 4],
  ];
  it.each(cases)("%s gives a tree, diagnostics and no exception", (_name, text, nodes) => {
    const n = parseNotice(text);
    expect(n.sections.length).toBe(nodes);
    expect(n.diagnostics.some((d) => d.code === "internal.error")).toBe(false);
    expect(n.tasks.length).toBeGreaterThan(0);
  });
  it("reports the gap, the repeat and the order", () => {
    const codes = parseNotice("THÔNG BÁO\n1. Sở Y tế rà soát.\n3. Sở Nội vụ hướng dẫn.\n3. Sở Tài chính bố trí.\n2. Sở Xây dựng kiểm tra.").diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["section.gap", "section.repeat", "section.order"]));
  });
});

describe("toEdocMetadata", () => {
  it("maps a state notice", () => {
    expect(toEdocMetadata(parseNotice(STATE))).toEqual({
      CodeNumber: "512", CodeNotation: "TB-VPCP", IssuedDate: "2024-11-12", Place: "Hà Nội",
      OrganName: "VĂN PHÒNG CHÍNH PHỦ", OrganInCharge: null, DocumentType: "TB", DocumentTypeName: "Thông báo",
      Subject: "Kết luận của Phó Thủ tướng Chính phủ Nguyễn Minh Tâm tại cuộc họp về dự án đường cao tốc",
      SignerInfo: [{ Competence: "KT.", Position: "PHÓ CHỦ NHIỆM", FullName: "Phạm Thu Trang" }],
      To: ["Thủ tướng Chính phủ", "Các Bộ: TC, XD, TP"], Priority: 3, SecurityLevel: 0,
    });
  });
  it("maps a party notice and a letter", () => {
    expect(toEdocMetadata(parseNotice(PARTY))).toMatchObject({ CodeNumber: "845", CodeNotation: "TB/TU", OrganInCharge: "ĐẢNG BỘ TỈNH SƠN NAM", SignerInfo: [{ Competence: "TM." }] });
    expect(toEdocMetadata(parseNotice(LETTER))).toMatchObject({ CodeNotation: "STC-NS", Subject: "triển khai dự toán ngân sách năm 2025", Priority: 1, SecurityLevel: 1, SignerInfo: [{ Competence: "TL.", FullName: "Hoàng Thị Mai" }] });
  });
});
