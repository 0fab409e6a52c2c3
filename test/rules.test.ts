// Behaviours of the structure and task rules on notices written for these tests.
import { describe, expect, it } from "vitest";
import { normalize, parseNotice } from "../src/index.js";

const REF = { referenceDate: "2025-05-01" };
const rows = (text: string) =>
  parseNotice(text, REF).tasks.map((t) => ({
    start: t.text.split(" ").slice(0, 4).join(" "),
    lead: t.assignments.filter((a) => a.role === "lead").map((a) => a.party.name),
    reportTo: t.assignments.filter((a) => a.role === "reportTo").map((a) => a.party.name),
    deadline: t.deadline ? `${t.deadline.kind} ${t.deadline.end ?? ""}`.trim() : null,
  }));

describe("sections", () => {
  it("reads a wrapped inline list `(1) ...; (2) ...` as text, not as sections", () => {
    const n = parseNotice("CÔNG ĐIỆN\nKết quả như sau: (1) Tổng số thủ tục cắt giảm là 300;\n(2) Cắt giảm 200 điều kiện kinh doanh.\nI. NHIỆM VỤ\n1. Sở Tư pháp rà soát văn bản.", REF);
    expect(n.sections.map((s) => s.label)).toEqual(["I."]);
    expect(n.sections[0]?.children.map((s) => s.label)).toEqual(["1."]);
  });
  it("keeps `(2)` a section when the line before holds no `(1)`", () => {
    const n = parseNotice("I. NHIỆM VỤ\n(1) Sở Tư pháp rà soát văn bản.\n(2) Sở Nội vụ hướng dẫn.", REF);
    expect(n.sections[0]?.children.map((s) => s.label)).toEqual(["(1)", "(2)"]);
  });
});

describe("tasks", () => {
  it("makes a directive lead-in item a task and passes its deadline to its points", () => {
    const out = rows("I. NHIỆM VỤ\n1. Các sở, ngành\na) Khẩn trương rà soát thủ tục.\nb) Các Sở: Tài chính, Y tế khẩn trương khắc phục các bất cập của hệ thống, hoàn thành trong tháng 11 năm 2025, cụ thể:\n(1) Sở Tài chính xử lý lỗi thường xuyên trên Cổng.\n(2) Sở Y tế hoàn thành nâng cấp hệ thống.\n(3) Sở Tư pháp hoàn thành trước ngày 15/11/2025.");
    expect(out).toEqual([
      { start: "Khẩn trương rà soát", lead: ["Các sở, ngành"], reportTo: [], deadline: "asap" },
      { start: "Các Sở: Tài chính,", lead: ["Sở Tài chính", "Sở Y tế"], reportTo: [], deadline: "during 2025-11-30" },
      { start: "Sở Tài chính xử", lead: ["Sở Tài chính"], reportTo: [], deadline: "during 2025-11-30" },
      { start: "Sở Y tế hoàn", lead: ["Sở Y tế"], reportTo: [], deadline: "during 2025-11-30" },
      { start: "Sở Tư pháp hoàn", lead: ["Sở Tư pháp"], reportTo: [], deadline: "by 2025-11-15" },
    ]);
  });
  it("reads a plan's unnumbered closing on difficulties as no task; a numbered item saying so stays one", () => {
    const out = rows("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ hướng dẫn các địa phương triển khai.\nTrong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét, giải quyết.");
    expect(out.map((r) => r.start)).toEqual(["Sở Nội vụ hướng"]);
    const numbered = rows("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ hướng dẫn các địa phương triển khai.\n2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan báo cáo UBND tỉnh.");
    expect(numbered.map((r) => [r.start, r.reportTo])).toEqual([["Sở Nội vụ hướng", []], ["Trong quá trình thực", ["UBND tỉnh"]]]);
  });
  it("does not pass a finished item's deadline to the items below it", () => {
    const out = rows("I. NHIỆM VỤ\n2. Sở Nội vụ thực hiện nghiêm các ý kiến chỉ đạo, trình Ủy ban nhân dân tỉnh trước ngày 20/10/2025.\n- Về việc xây dựng văn bản:\nSở Nội vụ nghiên cứu kỹ quy định của pháp luật.");
    expect(out.map((r) => r.deadline)).toEqual(["by 2025-10-20", null]);
  });
  it("keeps a following sentence without its own assignee in the same task", () => {
    const out = rows("1. Sở Nội vụ theo dõi, đôn đốc việc triển khai; kịp thời báo cáo Ủy ban nhân dân tỉnh những vấn đề vượt thẩm quyền. Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.");
    expect(out).toEqual([{ start: "Sở Nội vụ theo", lead: [], reportTo: ["Ủy ban nhân dân tỉnh"], deadline: "recurring 2025-05-20" }]);
  });
  it("joins a bullet that carries on an unfinished sentence to its task", () => {
    const out = rows("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi, đôn đốc các sở, ngành triển khai Kế hoạch; tham mưu UBND tỉnh báo cáo kết quả về Bộ Công an\n- Cơ quan thường trực Tổ công tác trước ngày 20 hằng tháng để tổng hợp.\n2. Các sở, ngành căn cứ Kế hoạch này, xây dựng kế hoạch triển khai.");
    expect(out.map((r) => r.start)).toEqual(["Sở Nội vụ theo", "Các sở, ngành căn"]);
    expect(out[0]?.deadline).toBe("recurring 2025-05-20");
  });
  it("reads `X lãnh đạo, chỉ đạo:` over points as a heading that only leads in: its points are the tasks, X their lead", () => {
    const out = rows("Kết luận như sau:\n2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:\n- Rà soát các dự án chậm tiến độ.\n- Thu hồi các dự án vi phạm.\n3. Sở Nội vụ tập trung thực hiện các nhiệm vụ sau:\n- Kiện toàn bộ máy.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["Rà soát các dự", ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]],
      ["Thu hồi các dự", ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]],
      ["Kiện toàn bộ máy.", ["Sở Nội vụ"]],
    ]);
  });
  it("reads field lines under a directive item into its task: time, lead and support", () => {
    const out = rows("Kết luận như sau:\n1. Giao Sở Xây dựng rà soát các dự án nhà ở xã hội.\n- Thời gian hoàn thành: trước ngày 30/6/2025.\n2. Rà soát hiện trạng các công trình thủy lợi.\n- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n- Thời gian thực hiện: năm 2025.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Giao Sở Xây dựng", ["Sở Xây dựng"], "by 2025-06-30"],
      ["Rà soát hiện trạng", ["Sở Nông nghiệp và Môi trường"], "during 2025-12-31"],
    ]);
  });
  it("reads an item's fields when its title ends in no stop, and fields written on one line without a bullet", () => {
    const out = rows("II. NHIỆM VỤ CỤ THỂ\n1. Rà soát, sắp xếp lại nhà, đất công\n- Đơn vị thực hiện: Sở Tài chính.\n- Thời gian thực hiện: năm 2025-2026.\n2. Tổ chức tập huấn cho cán bộ địa chính cấp xã\nChủ trì: Sở Nông nghiệp và Môi trường; phối hợp: Sở Nội vụ. Thời hạn: tháng 6/2025.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Rà soát, sắp xếp", ["Sở Tài chính"], "during 2026-12-31"],
      ["Tổ chức tập huấn", ["Sở Nông nghiệp và Môi trường"], "during 2025-06-30"],
    ]);
    const n = parseNotice("II. NHIỆM VỤ CỤ THỂ\n2. Tổ chức tập huấn cán bộ\nChủ trì: Sở Nông nghiệp và Môi trường; phối hợp: Sở Nội vụ. Thời hạn: tháng 6/2025.", REF);
    expect(n.tasks[0]?.assignments.map((a) => `${a.role}:${a.party.name}`)).toEqual(["lead:Sở Nông nghiệp và Môi trường", "support:Sở Nội vụ"]);
  });
  it("gives each item that is itself a task (`1. Nhiệm vụ: ...`) the fields on its line or under it, not its neighbours'", () => {
    const out = rows("II. NHIỆM VỤ CỤ THỂ\n1. Nhiệm vụ: Số hóa hồ sơ địa chính.\n- Chủ trì: Sở Nông nghiệp và Môi trường.\n- Thời hạn: quý III/2025.\n2. Nhiệm vụ: Cập nhật bảng giá đất; Chủ trì: Sở Tài chính; Thời hạn: 30/9/2025.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Số hóa hồ sơ", ["Sở Nông nghiệp và Môi trường"], "during 2025-09-30"],
      ["Cập nhật bảng giá", ["Sở Tài chính"], "by 2025-09-30"],
    ]);
    expect(parseNotice("II. NHIỆM VỤ\n2. Nhiệm vụ: Cập nhật bảng giá đất; Chủ trì: Sở Tài chính.", REF).tasks[0]?.text).toBe("Cập nhật bảng giá đất");
  });
  it("reads the shorter field labels too: `Đơn vị thực hiện`, `Chủ trì`, `Phối hợp`, `Hạn hoàn thành`, `Thời điểm hoàn thành`", () => {
    const out = rows("Kết luận như sau:\n1. Rà soát quy hoạch sử dụng đất.\n- Đơn vị thực hiện: Sở Nông nghiệp và Môi trường.\n- Phối hợp: Ủy ban nhân dân các xã.\n- Hạn hoàn thành: Quý III/2025.\n2. Xây dựng kế hoạch chuyển đổi số.\n- Chủ trì: Sở Khoa học và Công nghệ.\n- Thời điểm hoàn thành: tháng 10/2025.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Rà soát quy hoạch", ["Sở Nông nghiệp và Môi trường"], "during 2025-09-30"],
      ["Xây dựng kế hoạch", ["Sở Khoa học và Công nghệ"], "during 2025-10-31"],
    ]);
  });
  it("makes an item that directs over points that direct nothing (targets, figures) the task", () => {
    const out = rows("Kết luận như sau:\n7. Sở Kế hoạch tập trung hoàn thành các chỉ tiêu năm 2025, trong đó:\n- Tốc độ tăng trưởng đạt 8%.\n- Thu ngân sách đạt 20.000 tỷ đồng.\n8. Tiếp tục thực hiện các nhiệm vụ sau:\n- Rà soát hồ sơ.");
    expect(out.map((r) => r.start)).toEqual(["Sở Kế hoạch tập", "Rà soát hồ sơ."]);
    // points that head points of their own lead to the directives below them
    const nested = rows("Kết luận như sau:\n2. Tập trung thực hiện các nhiệm vụ trọng tâm:\na) Về kinh tế:\n- Rà soát nguồn vốn.\nb) Về xã hội:\n- Chăm lo an sinh.");
    expect(nested.map((r) => r.start)).toEqual(["Rà soát nguồn vốn.", "Chăm lo an sinh."]);
  });
  it("reads cue words listed after a cue reported as done as done too, and makes an item that reports, then asks, a task", () => {
    const out = rows("Kết luận như sau:\n1. Sở Tài chính đã chủ trì, phối hợp với các đơn vị hoàn thành việc phân bổ vốn.\n2. Thu ngân sách đạt 90% dự toán; đề nghị Sở Tài chính tiếp tục đôn đốc thu nợ thuế.\n3. Tăng trưởng đạt 7%. Cần tập trung tháo gỡ khó khăn cho doanh nghiệp.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["đề nghị Sở Tài", ["Sở Tài chính"]],
      ["Tăng trưởng đạt 7%.", []],
    ]);
  });
  it("takes from an assessment only the sentences that assign work by name", () => {
    const out = rows("Kết luận như sau:\n1. Về tình hình thu ngân sách\nThu ngân sách 9 tháng đạt 75% dự toán. Yêu cầu Sở Tài chính rà soát các khoản nợ đọng, hoàn thành trước ngày 31/12/2025.\n2. Về kết quả đạt được\nCác sở, ngành tập trung triển khai nhiệm vụ, đạt nhiều kết quả.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([["Yêu cầu Sở Tài", ["Sở Tài chính"], "by 2025-12-31"]]);
  });
  it("reads the points of an assessment under a lead-in that names whom they are for (`Giao X:`) as X's tasks", () => {
    const out = rows("Kết luận như sau:\n1. Về tình hình kinh tế - xã hội quý I\nTăng trưởng đạt 7,2%, thu ngân sách đạt 30% dự toán.\nGiao Ủy ban nhân dân huyện:\n- Chỉ đạo các cơ quan chuyên môn tháo gỡ khó khăn cho doanh nghiệp.\n- Rà soát các dự án chậm tiến độ, báo cáo Thường trực Huyện ủy trong tháng 5/2025.\n2. Về kết quả đạt được\nCác xã hoàn thành chỉ tiêu giao.\n- Thu ngân sách đạt kế hoạch.");
    expect(out.map((r) => [r.start, r.lead, r.reportTo, r.deadline])).toEqual([
      ["Chỉ đạo các cơ", ["Ủy ban nhân dân huyện"], [], null],
      ["Rà soát các dự", ["Ủy ban nhân dân huyện"], ["Thường trực Huyện ủy"], "during 2025-05-31"],
    ]);
  });
  it("reads a plan's subject line as its title, and the rows of a task table in its appendix as tasks", () => {
    const text = "ỦY BAN NHÂN DÂN\nTỈNH SƠN NAM\nSố: 77/KH-UBND\nSơn Nam, ngày 09 tháng 01 năm 2025\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\nI. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành | Quý II/2025 |\n| 2 | Số hóa hồ sơ thủ tục hành chính | Văn phòng UBND tỉnh | Sở Nội vụ | Tháng 9/2025 |";
    expect(parseNotice(text, REF).meta.title).toBe("Thực hiện chuyển đổi số năm 2025");
    expect(rows(text).map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Sở Khoa học và", [], null],
      ["Xây dựng kho dữ", ["Sở Khoa học và Công nghệ"], "during 2025-06-30"],
      ["Số hóa hồ sơ", ["Văn phòng UBND tỉnh"], "during 2025-09-30"],
    ]);
  });
  it("reads a capitalised item with items below as their heading, not as a task", () => {
    const out = rows("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp rà soát văn bản.");
    expect(out.map((r) => r.start)).toEqual(["Sở Tư pháp rà"]);
  });
  it("keeps a later sentence of the same assignee in the open task, and splits where the assignee changes", () => {
    const out = rows("I. NHIỆM VỤ\n1. Sở Nội vụ có trách nhiệm tổng hợp hồ sơ đề nghị khen thưởng. Nếu quá thời hạn, Sở Nội vụ phải báo cáo rõ lý do.\n2. Sở Y tế rà soát danh mục thuốc. Sở Tài chính bố trí kinh phí mua sắm. Sở Y tế báo cáo kết quả thực hiện.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["Sở Nội vụ có", ["Sở Nội vụ"]],
      ["Sở Y tế rà", ["Sở Y tế"]],
      ["Sở Tài chính bố", ["Sở Tài chính"]],
      ["Sở Y tế báo", ["Sở Y tế"]],
    ]);
  });
  it("splits a clause after `;` that names another lead, not one that lists who joins in or details a colon", () => {
    const input = "I. NHIỆM VỤ\n1. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh chuẩn bị kỳ họp cuối năm; Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh hoàn thiện báo cáo.\n2. Giao Sở Nội vụ chủ trì thực hiện; Sở Tài chính, Sở Tư pháp phối hợp.\n3. Sở Y tế rà soát theo hướng: Bệnh viện tỉnh chủ trì khám chữa bệnh; Trung tâm Y tế huyện thực hiện tiêm chủng.";
    const n = parseNotice(input, REF);
    expect(n.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.party.name}`))).toEqual([
      ["lead:Hội đồng nhân dân tỉnh", "oversee:Đảng đoàn Hội đồng nhân dân tỉnh"],
      ["lead:Ủy ban nhân dân tỉnh", "oversee:Ban cán sự đảng Ủy ban nhân dân tỉnh"],
      ["lead:Sở Nội vụ", "support:Sở Tài chính", "support:Sở Tư pháp"],
      ["lead:Sở Y tế"],
    ]);
    // the joined body's span is its name in the text
    const span = n.tasks[2]?.assignments.find((a) => a.role === "support")?.span;
    expect(span && normalize(input).text.slice(span.start, span.end)).toBe("Sở Tài chính");
  });
  it("splits a clause after `;` that sets one body apart (`riêng`, `đồng thời`) and names its own lead, not one that goes on with the same work", () => {
    const out = rows("I. NHIỆM VỤ\n1. Các sở, ngành triển khai nhiệm vụ được giao; riêng Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/5/2025.\n2. Sở Xây dựng rà soát quy hoạch chung; đồng thời hướng dẫn các xã lập quy hoạch chi tiết.\n3. Sở Nội vụ rà soát biên chế; đồng thời, giao Sở Tư pháp thẩm định đề án.\n4. Các xã rà soát đất công, riêng Xã Tân Lập báo cáo trước ngày 10/5/2025.");
    expect(out.map((r) => [r.start, r.lead, r.reportTo, r.deadline])).toEqual([
      ["Các sở, ngành triển", ["Các sở, ngành"], [], null],
      ["riêng Sở Tài chính", ["Sở Tài chính"], ["Ủy ban nhân dân tỉnh"], "by 2025-05-20"],
      ["Sở Xây dựng rà", ["Sở Xây dựng"], [], null],
      ["Sở Nội vụ rà", ["Sở Nội vụ"], [], null],
      ["đồng thời, giao Sở", ["Sở Tư pháp"], [], null],
      ["Các xã rà soát", ["Các xã"], [], null],
      ["riêng Xã Tân Lập", ["Xã Tân Lập"], [], "by 2025-05-10"],
    ]);
  });
  it("reads `X chỉ đạo Y:` over points as their heading: X oversees, Y leads what names no one", () => {
    const n = parseNotice("I. NHIỆM VỤ\n4. Ủy ban nhân dân huyện chỉ đạo các cơ quan chuyên môn:\n- Phòng Tài chính - Kế hoạch cân đối nguồn vốn.\n- Rà soát quy hoạch sử dụng đất.", REF);
    expect(n.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.party.name}`).sort())).toEqual([
      ["lead:Phòng Tài chính - Kế hoạch"],
      ["lead:các cơ quan chuyên môn", "oversee:Ủy ban nhân dân huyện"],
    ]);
  });
  it("splits a clause after `;` in an item that opens with its topic (`Về công tác cán bộ: Thống nhất ...; giao ...`)", () => {
    const out = rows("Kết luận như sau:\n1. Về công tác cán bộ: Thống nhất chủ trương điều động cán bộ theo đề xuất của Ban Tổ chức Huyện ủy; giao Ban Tổ chức Huyện ủy hoàn thiện quy trình, trình Ban Thường vụ Huyện ủy xem xét.");
    expect(out.map((r) => [r.start, r.lead, r.reportTo])).toEqual([["giao Ban Tổ chức", ["Ban Tổ chức Huyện ủy"], ["Ban Thường vụ Huyện ủy"]]]);
  });
  it("reads points counted in words (`Một là, ...`, `hai là, ...`, `Thứ nhất, ...`) as paragraphs or clauses of their own", () => {
    const out = rows("Kết luận như sau:\n2. Nhiệm vụ thời gian tới\nMột là, các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện các chỉ tiêu năm 2025.\nHai là, Ban Tổ chức Tỉnh ủy hướng dẫn quy trình nhân sự, hoàn thành trong tháng 5/2025.\nThứ ba, Sở Tài chính bảo đảm nguồn vốn cho các dự án.\n3. Đề nghị tập trung các nhiệm vụ: một là, Sở Y tế rà soát danh mục thuốc; hai là, Sở Nội vụ rà soát biên chế.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["Một là, các cấp", ["các cấp ủy, tổ chức đảng"], null],
      ["Hai là, Ban Tổ", ["Ban Tổ chức Tỉnh ủy"], "during 2025-05-31"],
      ["Thứ ba, Sở Tài", ["Sở Tài chính"], null],
      ["một là, Sở Y", ["Sở Y tế"], null],
      ["hai là, Sở Nội", ["Sở Nội vụ"], null],
    ]);
  });
  it("reads `Phân công nhiệm vụ cho X như sau:` and `Giao nhiệm vụ cho X:` over points as their heading", () => {
    const out = rows("I. PHÂN CÔNG\n1. Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo như sau:\na) Rà soát hồ sơ.\nb) Kiểm tra thực địa.\n2. Giao nhiệm vụ cho Sở Xây dựng:\n- Rà soát quy hoạch.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["Rà soát hồ sơ.", ["các thành viên Ban Chỉ đạo"]],
      ["Kiểm tra thực địa.", ["các thành viên Ban Chỉ đạo"]],
      ["Rà soát quy hoạch.", ["Sở Xây dựng"]],
    ]);
  });
  it("reads `X là cơ quan thường trực, có trách nhiệm:` and `X có trách nhiệm:` over points as their heading, no task of its own", () => {
    const out = rows("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm:\n- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n2. Các sở, ban, ngành có trách nhiệm:\n- Bố trí nhân lực, kinh phí thực hiện.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["Tổng hợp kết quả,", ["Sở Khoa học và Công nghệ"]],
      ["Bố trí nhân lực,", ["Các sở, ban, ngành"]],
    ]);
  });
  it("goes on with the open task at a paragraph that opens in lower case, though it names a party", () => {
    const out = rows("Kết luận như sau:\n1. Sở Tài chính hướng dẫn các thủ tục đầu tư; tạo điều kiện thuận lợi cho\n\nnhà đầu tư triển khai dự án.\n2. Sở Xây dựng rà soát quy hoạch.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([
      ["Sở Tài chính hướng", ["Sở Tài chính"]],
      ["Sở Xây dựng rà", ["Sở Xây dựng"]],
    ]);
  });
  it("makes the assignment after an assent and `;` the task, and a speaker's `giao:` no task", () => {
    const out = rows("I. KẾT LUẬN\n1. Thường trực Tỉnh ủy đồng ý chủ trương đầu tư dự án đường ven biển; giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh hoàn thiện hồ sơ.\n2. Thống nhất với đề xuất của Sở Tài chính về phân bổ vốn; đề nghị Sở Tài chính hoàn thiện phương án trước ngày 5/12/2025.\n3. Ban Thường vụ Tỉnh ủy giao:\na) Ban Tổ chức Tỉnh ủy hướng dẫn quy trình nhân sự.");
    expect(out.map((r) => [r.start, r.lead, r.deadline])).toEqual([
      ["giao Ban cán sự", ["Ban cán sự đảng Ủy ban nhân dân tỉnh"], null],
      ["đề nghị Sở Tài", ["Sở Tài chính"], "by 2025-12-05"],
      ["Ban Tổ chức Tỉnh", ["Ban Tổ chức Tỉnh ủy"], null],
    ]);
  });
  it("makes a sentence that tells two bodies to agree a task of their own", () => {
    const out = rows("I. NHIỆM VỤ\n1. Sở Y tế khẩn trương gửi Sở Tài chính dự toán kinh phí. Sở Tài chính, Sở Y tế thống nhất về nội dung này trước khi trình Ủy ban nhân dân tỉnh.");
    expect(out.map((r) => [r.start, r.lead])).toEqual([["Sở Y tế khẩn", ["Sở Y tế"]], ["Sở Tài chính, Sở", ["Sở Tài chính", "Sở Y tế"]]]);
  });
  // an item over points that names who, then only what they are there for, is their title
  const titles: Array<[string, string, string[], string[]]> = [
    ["a role noun and its business", "2. Cơ quan chủ trì tổ chức lựa chọn nhà thầu", ["Công khai kế hoạch", "Giải quyết kịp thời"], ["Cơ quan chủ trì", "Cơ quan chủ trì"]],
    ["a named body and its field of work", "2. Sở Tài chính bố trí kinh phí thực hiện", ["Cân đối nguồn ngân", "Hướng dẫn thanh quyết"], ["Sở Tài chính", "Sở Tài chính"]],
    ["with a cue word it directs", "2. Sở Y tế khẩn trương rà soát hồ sơ", ["Sở Y tế khẩn", "Cân đối nguồn ngân", "Hướng dẫn thanh quyết"], ["Sở Y tế", "Sở Y tế", "Sở Y tế"]],
    ["with a date it directs", "2. Sở Xây dựng hoàn thiện quy hoạch chung trong quý IV/2025", ["Sở Xây dựng hoàn", "Cân đối nguồn ngân", "Hướng dẫn thanh quyết"], ["Sở Xây dựng", "Sở Xây dựng", "Sở Xây dựng"]],
    ["with a closing stop it is a sentence", "2. Sở Nội vụ tổ chức tuyển dụng viên chức.", ["Sở Nội vụ tổ", "Cân đối nguồn ngân", "Hướng dẫn thanh quyết"], ["Sở Nội vụ", "Sở Nội vụ", "Sở Nội vụ"]],
  ];
  it.each(titles)("an item over points: %s", (_name, item, starts, leads) => {
    const out = rows(`I. NHIỆM VỤ\n${item}\na) ${item.startsWith("2. Cơ quan") ? "Công khai kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia." : "Cân đối nguồn ngân sách tỉnh."}\nb) ${item.startsWith("2. Cơ quan") ? "Giải quyết kịp thời kiến nghị của nhà thầu." : "Hướng dẫn thanh quyết toán."}`);
    expect(out.map((r) => r.start)).toEqual(starts);
    expect(out.map((r) => r.lead[0])).toEqual(leads);
  });
});
