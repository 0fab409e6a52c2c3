import { describe, expect, it } from "vitest";
import { normalize } from "../src/index.js";

describe("normalize", () => {
  const cases: Array<[string, string, string]> = [
    ["NFD becomes NFC", "Tho\u0302ng ba\u0301o", "Thông báo"],
    ["NBSP and zero-width", "Sở\u00a0Y\u200b tế", "Sở Y tế"],
    ["U+00D0 read as Đ", "\u00d0ảng ủy", "Đảng ủy"],
    ["bold and italic residue", "**THÔNG BÁO**\n*Hà Nội, ngày 5 tháng 3 năm 2024*", "THÔNG BÁO\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["table cells split", "| Số: 12/TB-VP | Hà Nội, ngày 5 tháng 3 năm 2024 |\n| --- | --- |", "Số: 12/TB-VP\nHà Nội, ngày 5 tháng 3 năm 2024"],
    ["wrap joined before lower case", "1. Giao Sở Tài chính chủ trì,\nphối hợp với Sở Xây dựng.", "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng."],
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
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
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
});
