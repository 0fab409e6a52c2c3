import { describe, expect, it } from "vitest";
import { matchKey, normalize } from "../src/index.js";

describe("normalize", () => {
  const cases: Array<[string, string, string]> = [
    ["NFD becomes NFC", "Tho\u0302ng ba\u0301o", "Thông báo"],
    ["NBSP and zero-width", "Sở\u00a0Y\u200b tế", "Sở Y tế"],
    ["U+00D0 read as Đ", "\u00d0ảng ủy", "Đảng ủy"],
    ["bold and italic residue", "**THÔNG BÁO**\n*Hà Nội, ngày 5 tháng 3 năm 2024*", "THÔNG BÁO\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["table cells split", "| Số: 12/TB-VP | Hà Nội, ngày 5 tháng 3 năm 2024 |\n| --- | --- |", "Số: 12/TB-VP\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["wrap joined before lower case", "1. Giao Sở Tài chính chủ trì,\nphối hợp với Sở Xây dựng.", "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng."],
    ["a short numbered heading keeps its line before an abbreviation", "1. Đánh giá chung\nUBND xã đã hoàn thành kế hoạch.\n2. Nhiệm vụ", "1. Đánh giá chung\nUBND xã đã hoàn thành kế hoạch.\n2. Nhiệm vụ"],
    ["a line cut before an abbreviation joins", "Kết luận như sau: Sở Tài chính tổng hợp các đề xuất, báo cáo\nUBND tỉnh xem xét.", "Kết luận như sau: Sở Tài chính tổng hợp các đề xuất, báo cáo UBND tỉnh xem xét."],
    ["numbered items keep their lines", "1. Về kết quả\n2. Nhiệm vụ:\na) Rà soát.\n- Báo cáo.", "1. Về kết quả\n2. Nhiệm vụ:\na) Rà soát.\n- Báo cáo."],
    ["label left alone joins its text", "I.\nVỀ THỂ CHẾ", "I. VỀ THỂ CHẾ"],
    ["header underline dropped", "VĂN PHÒNG CHÍNH PHỦ -------\nSố: 5/TB-VPCP", "VĂN PHÒNG CHÍNH PHỦ\nSố: 5/TB-VPCP"],
    ["CRLF", "a\r\nb.", "a b."],
    ["a date word glued to its number", "hoàn thành đến ngày21/3/2024", "hoàn thành đến ngày 21/3/2024"],
    ["month and year glued", "trong tháng6 năm2024", "trong tháng 6 năm 2024"],
    ["number glued to tháng", "ngày 21tháng 3", "ngày 21 tháng 3"],
    ["a page number inside a sentence", "1. Giao Sở Tài chính chủ trì rà soát các khoản\n- 2 -\nchi thường xuyên.", "1. Giao Sở Tài chính chủ trì rà soát các khoản chi thường xuyên."],
    ["a bare page number inside a sentence", "1. Giao Sở Tài chính chủ trì rà soát các khoản\n\n3\n\nchi thường xuyên.", "1. Giao Sở Tài chính chủ trì rà soát các khoản chi thường xuyên."],
    ["Trang N/M", "Kết luận như sau:\nTrang 2/4\n1. Giao Sở Y tế rà soát.", "Kết luận như sau:\n1. Giao Sở Y tế rà soát."],
    ["a row number stays", "| STT | Nội dung |\n| --- | --- |\n| 1 | Sở Y tế rà soát |", "STT\nNội dung\n\n1\nSở Y tế rà soát"],
    ["words that only look glued stay", "Nghị định 30/2020/NĐ-CP và năm 2024", "Nghị định 30/2020/NĐ-CP và năm 2024"],
    ["a compound cut at its hyphen", "Sở Kế hoạch-\nĐầu tư chủ trì phát triển kinh tế-\nxã hội", "Sở Kế hoạch-Đầu tư chủ trì phát triển kinh tế-xã hội"],
    ["a name and number cut at the hyphen", "phòng, chống dịch COVID-\n19 trên địa bàn", "phòng, chống dịch COVID-19 trên địa bàn"],
    ["a symbol cut at its hyphen", "Số: 12/TB-\nUBND\nHà Nội, ngày 5 tháng 3 năm 2024", "Số: 12/TB-UBND\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["a spaced dash at a line end is not a cut word", "Độc lập - Tự do -\nHạnh phúc", "Độc lập - Tự do - Hạnh phúc"],
    ["a task table's rows stay whole", "| STT | Nội dung | Chủ trì | Thời hạn |\n| --- | --- | --- | --- |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |", "| STT | Nội dung | Chủ trì | Thời hạn |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |"],
    ["a task table copied from Word, cells apart by tabs", "STT\tNội dung\tChủ trì\tPhối hợp\tThời hạn\n1\tRà soát quy hoạch\tSở Xây dựng\t\tQuý I/2026", "| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | | Quý I/2026 |"],
    ["a task table double-spaced stays a table", "| STT | Nội dung | Chủ trì | Thời hạn |\n\n| --- | --- | --- | --- |\n\n| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |\n\n| 2 | Bố trí vốn | Sở Tài chính | Quý II/2026 |", "| STT | Nội dung | Chủ trì | Thời hạn |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |\n| 2 | Bố trí vốn | Sở Tài chính | Quý II/2026 |"],
    ["a converted PDF's task table, a cell per run of lines, is read a row per line", "|\nSTT\n|\nNội dung\n|\nChủ trì\n|\nThời\nhạn\n|\n|\n1\n|\nRà soát\nquy hoạch\n|\nSở Xây dựng\n|\n|\n|\n2\n|\nBố trí vốn\n|\nSở Tài chính\n|\nQuý II/2026\n|\n\nIII. TỔ CHỨC", "| STT | Nội dung | Chủ trì | Thời hạn |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | |\n| 2 | Bố trí vốn | Sở Tài chính | Quý II/2026 |\nIII. TỔ CHỨC"],
    ["a converted PDF's task table ends at a blank line, after a row of one cell too", "|\nSTT\n|\nNội dung\n|\nChủ trì\n|\n|\n1\n|\nRà soát\n|\nSở Y tế\n|\n|\nTổng cộng\n|\n\nGiao Sở Tài chính bố trí kinh phí.", "| STT | Nội dung | Chủ trì |\n| 1 | Rà soát | Sở Y tế |\n\nTổng cộng\nGiao Sở Tài chính bố trí kinh phí."],
    ["a converted PDF's task table whose header is two rows reads as one header", "|\nSTT\n|\nNội dung\n|\nCơ quan thực hiện\n|\nThời gian\n|\n|\nChủ trì\n|\nPhối hợp\n|\n|\n1\n|\nRà soát\n|\nSở Xây dựng\n|\nSở Tài chính\n|\nQuý I/2026\n|\n|\n2\n|\nBố trí vốn\n|\nSở Tài chính\n|\n|\nNăm 2026\n|", "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n| 1 | Rà soát | Sở Xây dựng | Sở Tài chính | Quý I/2026 |\n| 2 | Bố trí vốn | Sở Tài chính | | Năm 2026 |"],
    ["a converted PDF's layout table is still split into lines", "|\nỦY BAN NHÂN DÂN\nTỈNH SƠN NAM\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 12/TB-UBND\n|\nSơn Nam, ngày 5 tháng 3 năm 2024\n|", "ỦY BAN NHÂN DÂN\nTỈNH SƠN NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\nSơn Nam, ngày 5 tháng 3 năm 2024"],
    ["a layout table is still split into lines", "| Số: 12/TB-VP | Hà Nội, ngày 5 tháng 3 năm 2024 |", "Số: 12/TB-VP\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["a quarter's Roman numeral on the next line", "Hoàn thành việc tập huấn trong quý\nIII/2024.", "Hoàn thành việc tập huấn trong quý III/2024."],
    ["a Roman heading after a finished line stays", "Hoàn thành trong quý III/2024.\nII. TỔ CHỨC THỰC HIỆN", "Hoàn thành trong quý III/2024.\nII. TỔ CHỨC THỰC HIỆN"],
    // the join rules read a line's end from its end, and gate patterns by first characters
    ["a line cut after a name's head words", "1. Giao Ủy ban nhân dân\nHuyện Bình Sơn rà soát.", "1. Giao Ủy ban nhân dân Huyện Bình Sơn rà soát."],
    ["a line cut after a comma", "Sở Tài chính,\nSở Xây dựng rà soát.", "Sở Tài chính, Sở Xây dựng rà soát."],
    ["a sentence closed inside quotes ends the line", "Thực hiện chủ đề “Năm chuyển đổi số.”\nSở Y tế rà soát.", "Thực hiện chủ đề “Năm chuyển đổi số.”\nSở Y tế rà soát."],
    ["a number and its stop go on in lower case", "đến hết năm 2024.\nbảo đảm tiến độ", "đến hết năm 2024. bảo đảm tiến độ"],
    ["a line cut after an inline point's mark", "gồm: (1) rà soát; (2)\nTổ chức tập huấn.", "gồm: (1) rà soát; (2) Tổ chức tập huấn."],
    ["an urgency mark stands alone", "KHẨN\nTHÔNG BÁO", "KHẨN\nTHÔNG BÁO"],
    ["the recipients' heading stands alone", "Sở Y tế báo cáo kết quả\nNơi nhận:", "Sở Y tế báo cáo kết quả\nNơi nhận:"],
    ["the place and date stand alone", "ỦY BAN NHÂN DÂN TỈNH SƠN NAM\nSơn Nam, ngày 5 tháng 3 năm 2024", "ỦY BAN NHÂN DÂN TỈNH SƠN NAM\nSơn Nam, ngày 5 tháng 3 năm 2024"],
    ["a number line stands alone", "Văn phòng Tỉnh ủy\nSố 15-TB/VPTU", "Văn phòng Tỉnh ủy\nSố 15-TB/VPTU"],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
  it("reads a converted PDF's task table written in NFD with CRLF as in NFC", () => {
    const table = cases.find(([name]) => name.startsWith("a converted PDF's task table whose header"));
    if (!table) throw new Error("no such case");
    expect(normalize(table[1].normalize("NFD").replace(/\n/gu, "\r\n")).text).toBe(table[2]);
  });

  it("ignores blank lines of double-spaced PDF text but keeps items apart", () => {
    const input = ["Các sở, ngành cần tập trung rà soát toàn bộ các quy trình nội bộ đang áp dụng tại", "", "cơ quan, đơn vị mình.", "", "2. Giao Sở Nội vụ hướng dẫn.", "", "3. Giao Sở Y tế báo cáo.", ""].join("\n");
    expect(normalize(input).text).toBe("Các sở, ngành cần tập trung rà soát toàn bộ các quy trình nội bộ đang áp dụng tại cơ quan, đơn vị mình.\n2. Giao Sở Nội vụ hướng dẫn.\n3. Giao Sở Y tế báo cáo.");
  });

  it("maps spans back to the input", () => {
    const input = "**1.** Giao  Sở\u00a0Y tế\nchủ trì.";
    const n = normalize(input);
    const at = n.text.indexOf("Sở Y tế");
    const span = n.toInputSpan({ start: at, end: at + "Sở Y tế".length });
    expect(input.slice(span.start, span.end)).toBe("Sở\u00a0Y tế");
  });

  it("is idempotent", () => {
    const input = "| **THÔNG BÁO** |\n1. Giao Sở Tài chính\nchủ trì.\n\n\n- Rà soát.";
    const once = normalize(input).text;
    expect(normalize(once).text).toBe(once);
  });
});

describe("mended spacing", () => {
  it("maps the put-back space to no input and keeps the words' offsets", () => {
    const input = "trước ngày21/3/2024";
    const n = normalize(input);
    expect(n.text).toBe("trước ngày 21/3/2024");
    const at = n.text.indexOf("21/3/2024");
    expect(input.slice(n.toInputSpan({ start: at, end: at + 9 }).start, n.toInputSpan({ start: at, end: at + 9 }).end)).toBe("21/3/2024");
    const gap = n.toInputSpan({ start: at - 1, end: at });
    expect(gap.end - gap.start).toBe(0);
    expect(n.diagnostics.map((d) => d.code)).toContain("normalize.spacingMended");
  });

  // ten lines of a paragraph wrapped at one width, one of them ending a sentence right at the margin
  const wrapped = [
    "Ngày 03 tháng 5 năm 2024, Ủy ban nhân dân tỉnh họp về tiến độ",
    "chuyển đổi số và cải cách thủ tục hành chính trên địa bàn tỉnh.",
    "Dự họp có lãnh đạo các sở, ban, ngành và các huyện, thành phố;",
    "sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận về",
    "các nhiệm vụ trọng tâm cần tập trung chỉ đạo trong thời gian tới",
    "và giao các cơ quan, đơn vị triển khai thực hiện nghiêm túc, kịp",
    "thời, đúng tiến độ đã đề ra trong chương trình công tác năm 2024.",
    "Các cơ quan báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh để",
    "tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh theo quy định.",
  ];
  it("joins a full line that ends a sentence in text wrapped at one width", () => {
    expect(normalize(wrapped.join("\n")).text.split("\n")).toHaveLength(1);
  });
  it("keeps sentences apart where the lines are paragraphs of their own", () => {
    const paragraphs = ["Ủy ban nhân dân tỉnh đã họp về tiến độ chuyển đổi số.", "Các sở đã báo cáo kết quả thực hiện.", "Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau."];
    expect(normalize(paragraphs.join("\n")).text).toBe(paragraphs.join("\n"));
  });
  it("drops running headers and footers repeated at the edges of form-feed pages", () => {
    const page = (n: number, body: string): string => `VĂN PHÒNG UBND TỈNH - THÔNG BÁO SỐ 128/TB-UBND\n${body}\n\nTrang ${n}/4`;
    const pages = [page(1, "1. Giao Sở Tài chính chủ trì rà soát"), page(2, "các khoản chi, báo cáo trước ngày 15/4/2025."), page(3, "2. Giao Sở Nội vụ hướng dẫn"), page(4, "các địa phương thực hiện.")];
    const n = normalize(pages.join("\f"));
    expect(n.text).toBe("1. Giao Sở Tài chính chủ trì rà soát các khoản chi, báo cáo trước ngày 15/4/2025.\n2. Giao Sở Nội vụ hướng dẫn các địa phương thực hiện.");
    expect(n.diagnostics.find((d) => d.code === "normalize.runningLines")?.message).toMatch(/^dropped 8 /u);
    // two pages are too few to call a line running
    expect(normalize(pages.slice(0, 2).join("\f")).text).toContain("VĂN PHÒNG UBND TỈNH");
  });
});

describe("matchKey: one key for every spelling a lookup must match", () => {
  const same: Array<[string, string]> = [
    ["Uỷ ban nhân dân", "ủy ban nhân dân"],
    ["Thanh Hoá", "thanh hóa"],
    ["Khánh Hoà", "KHÁNH HÒA"],
    ["thuỷ lợi", "thủy lợi"],
    ["\u00d0ảng uỷ", "Đảng ủy"],
    ["Tho\u0302ng ba\u0301o", "thông báo"],
  ];
  it.each(same)("%s ≡ %s", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
    expect(matchKey(a)).toHaveLength(a.normalize("NFC").length);
  });
  it("keeps syllables where the tone sits before a final consonant", () => {
    expect(matchKey("hoàn thành, rà soát, quý")).toBe("hoàn thành, rà soát, quý");
  });
});
