// Crafted 1 MB inputs: each must parse, soundly, within a generous bound. A super-linear regex
// or a quadratic loop turns one of these into minutes.
import { describe, expect, it } from "vitest";
import { htmlToText, parseNotice } from "../src/index.js";
import { violations } from "./support/invariants.js";

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const nested = (): string => {
  const lines: string[] = [];
  for (let i = 1; lines.join("\n").length < MB / 8; i++) lines.push(`${Array.from({ length: (i % 40) + 1 }, (_, k) => (k % 3) + 1).join(".")}. Giao Sở ${i} chủ trì`);
  return fill(`${lines.join("\n")}\n`);
};

const CASES: Array<[string, () => string]> = [
  ["digits", () => fill("0123456789")],
  ["dots", () => fill(".")],
  ["slashes", () => fill("/")],
  ["separators", () => fill("-/.,;:|")],
  ["date-like runs", () => fill("1/2/3/4.5-6 ")],
  ["repeated quý", () => fill("quý quý II/ ")],
  ["repeated ngày", () => fill("ngày ngày 1 ")],
  ["repeated tháng", () => fill("tháng tháng 1/ ")],
  ["trước ngày without a date", () => fill("trước ngày trước hạn ")],
  ["numbering thousands deep", nested],
  ["one line, no breaks", () => fill("Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát ")],
  ["one line of capitals", () => fill("ỦY BAN NHÂN DÂN TỈNH ")],
  ["bullets only", () => fill("- ")],
  ["spaces and tabs", () => fill(" \t \u00a0")],
  ["blank lines", () => fill("\n")],
  ["table residue", () => fill("| ** | --- |\n")],
  ["combining marks", () => fill("a\u0301\u0302\u0303")],
  ["one line of TCVN3 codes", () => fill("Th«ng b¸o kÕt luËn cña Chñ tÞch ")],
  ["one line of VNI signs", () => fill("aøaùaûoâoâ ")],
  ["Latin-1 signs without letters", () => fill("µ¸¶·¹¨»¾")],
  ["a task table of many rows", () => `| STT | Nội dung | Chủ trì | Thời hạn |\n${fill("| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |\n")}`],
  ["a task table row of many cells", () => `STT\tNội dung\tChủ trì\n${fill("\t|")}`],
  ["parentheses", () => fill("((((")],
  ["party heads", () => fill("Sở Bộ Ban Ủy ban ")],
  ["one item of clauses after semicolons", () => `1. ${fill("Sở Y tế rà soát; ")}`],
  ["a committee's business without end", () => `1. Giao ${fill("Ban Chỉ đạo phòng, chống ")}`],
  ["a field named with về, again and again", () => `1. Cục Cảnh sát ${fill("Quản lý về trật tự, ")}`],
  ["a place list without end", () => `1. Ủy ban nhân dân các huyện: ${fill("Bình Sơn - Tây Trà, ")}`],
  ["an open bracket after every name", () => `1. ${fill("Sở Y tế (cơ quan ")}`],
  ["a page number between every two lines", () => fill("1. Giao Sở Y tế rà soát các khoản\n- 2 -\nchi thường xuyên\n")],
  ["a web page of ampersands and tags", () => htmlToText(fill("&&&<p<div>&#x;")) ],
  ["older numbering, thousands of items", () => fill("I- NHIỆM VỤ\n1/ Giao Sở Y tế rà soát:\na/ Rà soát.\nA. ĐÁNH GIÁ\nb. Bố trí.\n")],
  ["field lines under one item without end", () => `1. Giao Sở Xây dựng rà soát.\n${fill("- Thời gian hoàn thành: năm 2025.\n- Cơ quan phối hợp: Sở Tài chính.\n")}`],
  ["a heading over points that direct nothing", () => `1. Tập trung hoàn thành các chỉ tiêu, trong đó:\n${fill("- Tăng trưởng đạt 8%.\n")}`],
  ["places qualified without end", () => `1. Ủy ban nhân dân các xã biên giới${fill(", miền núi, ven biển")} rà soát.`],
  ["an office serving bodies without end", () => `1. Văn phòng HĐND${fill(" và UBND, HĐND")} huyện chuẩn bị.`],
  ["a basis without a verb", () => `1. Các sở, ngành căn cứ ${fill("Kế hoạch này ")}`],
  ["an appendix task table of many rows", () => `1. Giao Sở Y tế rà soát.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\nPHỤ LỤC\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n${fill("| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |\n")}`],
  ["persons named one after another", () => `1. Giao ${fill("đồng chí Nguyễn Văn An, ")}`],
  ["bodies listed after a colon, nested without end", () => `1. ${fill("Các Bộ, ngành: Tài chính, ")}`],
  ["a converted PDF's task table of many rows", () => `|\nSTT\n|\nNội dung\n|\nChủ trì\n|\nThời hạn\n|\n${fill("|\n1\n|\nRà soát quy hoạch\n|\nSở Xây dựng\n|\n|\n")}`],
  ["lines that each go on one task", () => fill("Chủ trì\n")],
  ["lone pipes, line after line", () => fill("|\n")],
  ["a converted PDF's header cell without end", () => `|\nSTT\n|\nNội dung\n|\n${fill("Chủ trì\n")}`],
  ["collectives qualified with có, without a verb", () => `1. Giao ${fill("các xã có dự án có ")}`],
  ["an assessment of assigning sentences", () => `1. Về tình hình thu ngân sách\n${fill("Thu đạt 75%. Yêu cầu Sở Y tế rà soát. ")}`],
  ["fields on one line without end", () => `II. NHIỆM VỤ\n1. Nhiệm vụ: Rà soát; ${fill("Chủ trì: Sở Y tế; phối hợp: Sở Nội vụ. Thời hạn: tháng 6/2025; ")}`],
  ["named lead-ins in an assessment, line after line", () => `1. Về tình hình kinh tế - xã hội\n${fill("Giao Ủy ban nhân dân huyện:\n- Rà soát.\n")}`],
  ["places named as actors, listed", () => `1. ${fill("Xã Tân Lập, Huyện Lâm Hà, Phường 1, ")}`],
  ["a chair's sentence without end", () => `THÔNG BÁO\nNgày 10/3/2025, Thường trực họp dưới sự chủ trì của đồng chí ${fill("Nguyễn Văn An, ")}`],
  ["cues reported as done, listed", () => `1. Sở Y tế đã ${fill("chủ trì, phối hợp, ")}`],
];

describe("1 MB adversarial inputs", () => {
  it.each(CASES)("%s", (_name, make) => {
    const input = make();
    const t0 = performance.now();
    const notice = parseNotice(input);
    const ms = performance.now() - t0;
    // a linear parse takes about a second here; super-linear behaviour takes far longer
    expect(ms).toBeLessThan(15_000);
    expect(violations(input, notice)).toEqual([]);
  });
});
