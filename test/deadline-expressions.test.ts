// Every temporal form of DOMAIN.md, in phrases written for this test, with the dates they
// resolve to. Reference date 2024-03-27 (a Wednesday) unless a row gives its own.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findDeadlines, resolveDeadline, undatedEvents } from "../src/index.js";

type Row = [text: string, kind: string, start: string | null, end: string | null, ref?: string];
const REF = "2024-03-27";

const ROWS: Row[] = [
  // by: numeric dates, every separator, with and without year and zero padding
  ["hoàn thành trước ngày 30/6/2024", "by", null, "2024-06-30"],
  ["trước ngày 30/06/2024", "by", null, "2024-06-30"],
  ["trước ngày 5/7/2024", "by", null, "2024-07-05"],
  ["trước ngày 05/07/2024", "by", null, "2024-07-05"],
  ["trước ngày 30-6-2024", "by", null, "2024-06-30"],
  ["trước ngày 30.6.2024", "by", null, "2024-06-30"],
  ["trước ngày 15/4", "by", null, "2024-04-15"],
  ["trước 15/4", "by", null, "2024-04-15"],
  ["trước ngày 15/2", "by", null, "2025-02-15"],
  ["trước ngày 27/3", "by", null, "2024-03-27"],
  ["chậm nhất ngày 10/5/2024", "by", null, "2024-05-10"],
  ["chậm nhất là ngày 10/5/2024", "by", null, "2024-05-10"],
  ["hạn chót ngày 31/12/2024", "by", null, "2024-12-31"],
  ["hạn chót là ngày 31/12/2024", "by", null, "2024-12-31"],
  ["không quá ngày 20/4/2024", "by", null, "2024-04-20"],
  ["xong trước ngày 1/9/2024", "by", null, "2024-09-01"],
  ["hoàn thành trước 30/9", "by", null, "2024-09-30"],
  ["đến hết ngày 31/5/2024", "by", null, "2024-05-31"],
  ["phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 95% kế hoạch vốn", "by", null, "2024-12-31"],
  ["hoàn thành trước khi kết thúc năm 2024", "by", null, "2024-12-31"],
  // periods named from the reference date (Wednesday 27/3/2024)
  ["hoàn thành trong năm nay", "during", "2024-01-01", "2024-12-31"],
  ["hoàn thành cuối quý này", "during", "2024-03-01", "2024-03-31"],
  ["báo cáo trong tháng tới", "during", "2024-04-01", "2024-04-30"],
  ["triển khai trong quý tới", "during", "2024-04-01", "2024-06-30"],
  ["xong trước hết tuần sau", "by", null, "2024-04-07"],
  ["hoàn thành trong tuần này", "during", "2024-03-25", "2024-03-31"],
  ["báo cáo đầu tháng sau", "during", "2024-04-01", "2024-04-10"],
  ["chậm nhất 30 ngày kể từ ngày ký", "within", "2024-03-27", "2024-04-26"],
  ["thực hiện đến ngày 30 tháng 6 năm 2024", "by", null, "2024-06-30"],
  ["gửi Sở Tài chính trước ngày 10/4/2024 để tổng hợp", "by", null, "2024-04-10"],
  ["báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12/2024", "by", null, "2024-12-25"],
  ["trình Thủ tướng Chính phủ trước ngày 15/10/2024", "by", null, "2024-10-15"],
  ["trước ngày 1/1/2025", "by", null, "2025-01-01"],
  ["trước ngày 29/2/2024", "by", null, "2024-02-29"],
  ["trước ngày 31/1", "by", null, "2025-01-31"],
  ["trước ngày 15/4/2024", "by", null, "2024-04-15", "2024-01-02"],
  ["trước ngày 20/01", "by", null, "2025-01-20", "2024-11-15"],
  // by: dates in words
  ["chậm nhất ngày 30 tháng 6 năm 2024", "by", null, "2024-06-30"],
  ["trước ngày 15 tháng 8 năm 2024", "by", null, "2024-08-15"],
  ["trước ngày 05 tháng 9 năm 2024", "by", null, "2024-09-05"],
  ["trước ngày 1 tháng 10", "by", null, "2024-10-01"],
  ["trước ngày 10 tháng 01", "by", null, "2025-01-10"],
  ["hạn chót ngày 20 tháng 12 năm 2024", "by", null, "2024-12-20"],
  ["hoàn thành trước ngày 31 tháng 3 năm 2025", "by", null, "2025-03-31"],
  ["không quá ngày 30 tháng 4 năm 2024", "by", null, "2024-04-30"],
  // times of day
  ["trước 14 giờ ngày 5/4/2024", "by", null, "2024-04-05"],
  ["trước 17h00 ngày 20/4", "by", null, "2024-04-20"],
  ["trước 16 giờ 30 ngày 10/5/2024", "by", null, "2024-05-10"],
  ["chậm nhất 9 giờ ngày 2 tháng 4 năm 2024", "by", null, "2024-04-02"],
  // on: a stated day
  ["tổ chức vào ngày 15/5/2024", "on", null, "2024-05-15"],
  ["khai mạc vào ngày 2/9", "on", null, "2024-09-02"],
  ["hội nghị diễn ra ngày 20/4/2024", "on", null, "2024-04-20"],
  ["tổ chức ngày 10 tháng 6 năm 2024", "on", null, "2024-06-10"],
  ["ra quân vào ngày 26 tháng 3", "on", null, "2025-03-26"],
  // ranges
  ["từ ngày 1/6 đến ngày 30/6/2024", "during", "2024-06-01", "2024-06-30"],
  ["từ ngày 15/4/2024 đến ngày 15/5/2024", "during", "2024-04-15", "2024-05-15"],
  ["từ ngày 20/12 đến hết ngày 10/1/2025", "during", "2024-12-20", "2025-01-10"],
  ["từ 1/7 - 31/7/2024", "during", "2024-07-01", "2024-07-31"],
  ["từ tháng 6 đến tháng 9/2024", "during", "2024-06-01", "2024-09-30"],
  ["từ tháng 11/2024 đến hết tháng 2/2025", "during", "2024-11-01", "2025-02-28"],
  ["từ tháng 4 đến tháng 6 năm 2024", "during", "2024-04-01", "2024-06-30"],
  // months
  ["hoàn thành trong tháng 5/2024", "during", "2024-05-01", "2024-05-31"],
  ["trong tháng 5", "during", "2024-05-01", "2024-05-31"],
  ["trong tháng 02", "during", "2025-02-01", "2025-02-28"],
  ["trong tháng 3", "during", "2024-03-01", "2024-03-31"],
  ["trong tháng 2 năm 2024", "during", "2024-02-01", "2024-02-29"],
  ["vào tháng 8/2024", "during", "2024-08-01", "2024-08-31"],
  ["cuối tháng 4/2024", "during", "2024-04-21", "2024-04-30"],
  ["cuối tháng 2/2025", "during", "2025-02-21", "2025-02-28"],
  ["đầu tháng 7 năm 2024", "during", "2024-07-01", "2024-07-10"],
  ["giữa tháng 2/2025", "during", "2025-02-11", "2025-02-20"],
  ["giữa tháng 10", "during", "2024-10-11", "2024-10-20"],
  ["trước tháng 6/2024", "by", null, "2024-05-31"],
  ["trước tháng 1/2025", "by", null, "2024-12-31"],
  ["hết tháng 9/2024", "by", null, "2024-09-30"],
  ["đến hết tháng 11 năm 2024", "by", null, "2024-11-30"],
  ["hoàn thành tháng 12/2024", "during", "2024-12-01", "2024-12-31"],
  ["hoàn thành trong tháng 8 và tháng 9/2024", "during", "2024-09-01", "2024-09-30"],
  ["hoàn thành năm 2025", "during", "2025-01-01", "2025-12-31"],
  ["nộp hồ sơ, hạn cuối ngày 20/8/2024", "by", null, "2024-08-20"],
  ["báo cáo trước ngày 15 của tháng sau", "by", null, "2024-04-15"],
  ["hoàn thành trước ngày 30 tháng này", "by", null, "2024-03-30"],
  ["báo cáo kết quả trước ngày 05 tháng 01 hằng năm", "recurring", null, "2025-01-05"],
  ["báo cáo tại cuộc họp giao ban tháng 11", "event", "2024-11-01", "2024-11-30"],
  ["hoàn thành trước thời điểm 01/7/2024", "by", null, "2024-07-01"],
  ["hoàn thành trước thời hạn 15/7/2024", "by", null, "2024-07-15"],
  // quarters, Arabic and Roman
  ["trong quý II/2024", "during", "2024-04-01", "2024-06-30"],
  ["hoàn thành trong quý 2 năm 2024", "during", "2024-04-01", "2024-06-30"],
  ["trong quý IV", "during", "2024-10-01", "2024-12-31"],
  ["trong quý I", "during", "2024-01-01", "2024-03-31"],
  ["trong quý I", "during", "2025-01-01", "2025-03-31", "2024-05-02"],
  ["trong quý III năm 2024", "during", "2024-07-01", "2024-09-30"],
  ["trong quý 3/2024", "during", "2024-07-01", "2024-09-30"],
  ["trong quý II - 2025", "during", "2025-04-01", "2025-06-30"],
  ["trong quý I và quý II năm 2025", "during", "2025-01-01", "2025-06-30"],
  ["trong quý III, quý IV/2024", "during", "2024-07-01", "2024-12-31"],
  ["trước quý III/2024", "by", null, "2024-06-30"],
  ["hết quý II/2024", "by", null, "2024-06-30"],
  ["cuối quý II/2024", "during", "2024-06-01", "2024-06-30"],
  ["đầu quý IV/2024", "during", "2024-10-01", "2024-10-31"],
  ["giữa quý III năm 2024", "during", "2024-08-01", "2024-08-31"],
  ["hoàn thành quý II/2025", "during", "2025-04-01", "2025-06-30"],
  ["Thời gian thực hiện: Quý III/2024", "during", "2024-07-01", "2024-09-30"],
  // halves
  ["trong 6 tháng đầu năm 2024", "during", "2024-01-01", "2024-06-30"],
  ["hoàn thành trong 6 tháng cuối năm 2024", "during", "2024-07-01", "2024-12-31"],
  ["trong sáu tháng đầu năm 2025", "during", "2025-01-01", "2025-06-30"],
  ["6 tháng cuối năm", "during", "2024-07-01", "2024-12-31"],
  // years as time adverbials
  ["hoàn thành trong năm 2024", "during", "2024-01-01", "2024-12-31"],
  ["trong năm 2025", "during", "2025-01-01", "2025-12-31"],
  ["ngay trong năm 2024", "during", "2024-01-01", "2024-12-31"],
  ["trước năm 2026", "by", null, "2025-12-31"],
  ["đến hết năm 2024", "by", null, "2024-12-31"],
  ["hết năm 2025", "by", null, "2025-12-31"],
  ["cuối năm 2024", "during", "2024-10-01", "2024-12-31"],
  ["đầu năm 2025", "during", "2025-01-01", "2025-03-31"],
  ["giữa năm 2025", "during", "2025-04-01", "2025-09-30"],
  ["Thời gian thực hiện: năm 2025", "during", "2025-01-01", "2025-12-31"],
  ["Thời hạn hoàn thành: tháng 10/2024", "during", "2024-10-01", "2024-10-31"],
  // relative periods
  ["trong vòng 15 ngày kể từ ngày ký", "within", "2024-03-27", "2024-04-11"],
  ["trong 15 ngày", "within", "2024-03-27", "2024-04-11"],
  ["trong thời hạn 30 ngày kể từ ngày ban hành", "within", "2024-03-27", "2024-04-26"],
  ["trong thời gian 10 ngày", "within", "2024-03-27", "2024-04-06"],
  ["trong 07 ngày làm việc", "within", "2024-03-27", "2024-04-05"],
  ["trong 05 ngày làm việc", "within", "2024-03-27", "2024-04-03"],
  ["trong 10 ngày làm việc kể từ ngày nhận được", "within", "2024-03-27", "2024-04-10"],
  ["trong 20 ngày làm việc", "within", "2024-03-27", "2024-04-24"],
  ["trong 02 tuần", "within", "2024-03-27", "2024-04-10"],
  ["trong 1 tuần", "within", "2024-03-27", "2024-04-03"],
  ["trong 01 tháng", "within", "2024-03-27", "2024-04-27"],
  ["trong vòng 3 tháng", "within", "2024-03-27", "2024-06-27"],
  ["không quá 45 ngày", "within", "2024-03-27", "2024-05-11"],
  ["sau 60 ngày kể từ ngày ký", "within", "2024-03-27", "2024-05-26"],
  ["chậm nhất sau 30 ngày tính từ ngày ban hành", "within", "2024-03-27", "2024-04-26"],
  ["trong 15 ngày làm việc", "within", "2024-03-27", "2024-04-17"],
  // the lunar new year, computed
  ["trước Tết Nguyên đán Ất Tỵ", "by", null, "2025-01-29", "2024-11-15"],
  ["hoàn thành trước Tết Nguyên đán", "by", null, "2025-01-29", "2024-11-15"],
  ["trước Tết Nguyên đán Giáp Thìn", "by", null, "2024-02-10", "2023-12-01"],
  ["trước Tết Nguyên đán 2026", "by", null, "2026-02-17", "2025-10-01"],
  ["trước Tết Nguyên đán Bính Ngọ", "by", null, "2026-02-17", "2025-10-01"],
  ["trước Tết Quý Mão", "by", null, "2023-01-22", "2022-12-01"],
  ["trước Tết", "by", null, "2024-02-10", "2024-01-05"],
  ["trước Tết Canh Tuất", "by", null, "2030-02-02", "2029-12-01"],
  ["bảo đảm hàng hóa dịp Tết Nguyên đán Ất Tỵ", "event", null, "2025-01-29", "2024-11-15"],
  ["chăm lo cho các gia đình chính sách dịp Tết", "event", null, "2025-01-29", "2024-11-15"],
  ["trong dịp Tết Nguyên đán Xuân Ất Tỵ 2025", "event", null, "2025-01-29", "2024-11-15"],
  // named events
  ["trình tại kỳ họp HĐND tỉnh cuối năm 2024", "event", "2024-01-01", "2024-12-31"],
  ["trước kỳ họp Hội đồng nhân dân tỉnh giữa năm 2024", "event", "2024-01-01", "2024-12-31"],
  ["trình Hội đồng nhân dân tỉnh tại kỳ họp chuyên đề tháng 11/2024", "event", "2024-11-01", "2024-11-30"],
  ["phục vụ Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 tổ chức trong năm 2025", "event", "2025-01-01", "2025-12-31"],
  ["trình Hội nghị Ban Chấp hành Đảng bộ tỉnh năm 2024", "event", "2024-01-01", "2024-12-31"],
  // recurring
  ["báo cáo kết quả hằng tháng", "recurring", null, "2024-03-31"],
  ["báo cáo trước ngày 20 hằng tháng", "recurring", null, "2024-04-20"],
  ["báo cáo trước ngày 25 hàng tháng", "recurring", null, "2024-04-25"],
  ["định kỳ hằng quý", "recurring", null, "2024-03-31"],
  ["báo cáo định kỳ hằng tuần", "recurring", null, "2024-03-31"],
  ["tổng hợp hằng năm", "recurring", null, "2024-12-31"],
  ["báo cáo trước ngày 15 hằng quý", "recurring", null, "2024-06-15"],
  ["gửi vào ngày 5 hằng tháng", "recurring", null, "2024-04-05"],
  ["chậm nhất ngày 10 hằng tháng", "recurring", null, "2024-04-10"],
  // a day alone after a label that announces a time
  ["Thời hạn: 15/12/2024.", "by", null, "2024-12-15"],
  ["thời gian thực hiện: ngày 20 tháng 12 năm 2024", "by", null, "2024-12-20"],
  ["Thời hạn hoàn thành: 30/6", "by", null, "2024-06-30"],
  // years and months spanned, after a label (a task table's time column) or a cue
  ["Thời gian hoàn thành: 2024-2025", "during", "2024-01-01", "2025-12-31"],
  ["Tiến độ: giai đoạn 2025 - 2030", "during", "2025-01-01", "2030-12-31"],
  ["Thời hạn: đến năm 2026", "by", null, "2026-12-31"],
  ["Thời gian thực hiện: tháng 10-12/2024", "during", "2024-10-01", "2024-12-31"],
  ["tổ chức tập huấn trong tháng 5 - 6 năm 2024", "during", "2024-05-01", "2024-06-30"],
  // a period counted in months
  ["định kỳ 6 tháng báo cáo Bộ Chính trị", "recurring", null, "2024-06-30"],
  ["định kỳ sáu tháng một lần", "recurring", null, "2024-06-30"],
  ["định kỳ 6 tháng báo cáo", "recurring", null, "2024-12-31", "2024-09-10"],
  ["định kỳ 3 tháng gửi báo cáo", "recurring", null, "2024-03-31"],
  ["định kỳ nửa năm sơ kết", "recurring", null, "2024-06-30"],
  ["báo cáo kết quả 6 tháng một lần", "recurring", null, "2024-06-30"],
  ["báo cáo trước 30/4 hằng năm", "recurring", null, "2024-04-30"],
  ["gửi số liệu trước 25 hằng tháng", "recurring", null, "2024-04-25"],
  ["gửi báo cáo 3 tháng/lần", "recurring", null, "2024-03-31"],
  ["sơ kết nửa năm một lần", "recurring", null, "2024-06-30"],
  // the period first, then its day
  ["định kỳ hằng tháng, trước ngày 25, báo cáo tiến độ", "recurring", null, "2024-04-25"],
  ["hằng quý, chậm nhất ngày 15 gửi báo cáo", "recurring", null, "2024-06-15"],
  ["hằng tháng vào ngày 5 tổng hợp", "recurring", null, "2024-04-05"],
  ["báo cáo định kỳ hàng quý", "recurring", null, "2024-06-30", "2024-04-02"],
  // immediate, asap, ongoing
  ["thực hiện ngay", "immediate", null, null],
  ["triển khai ngay các biện pháp", "immediate", null, null],
  ["xử lý ngay các vi phạm", "immediate", null, null],
  ["báo cáo ngay Ủy ban nhân dân tỉnh", "immediate", null, null],
  ["khắc phục ngay hậu quả", "immediate", null, null],
  ["khẩn trương triển khai", "asap", null, null],
  ["kịp thời báo cáo", "asap", null, null],
  ["sớm hoàn thiện dự thảo", "asap", null, null],
  ["càng sớm càng tốt", "asap", null, null],
  ["thường xuyên kiểm tra", "ongoing", null, null],
  ["theo dõi liên tục", "ongoing", null, null],
  // two in one text: the strongest cue, then the final one
  ["khẩn trương rà soát, hoàn thành trước ngày 30/4/2024", "by", null, "2024-04-30"],
  ["thực hiện ngay, hoàn thành trong quý II/2024", "during", "2024-04-01", "2024-06-30"],
  ["hoàn thành ngay 30 văn bản cần sửa đổi trong năm 2024", "immediate", null, null],
  ["xây dựng kế hoạch trong tháng 4/2024, tổ chức thực hiện trước ngày 30/9/2024", "by", null, "2024-09-30"],
  ["trong tháng 5/2024 và hoàn thành trước ngày 15/6/2024", "by", null, "2024-06-15"],
  ["báo cáo hằng tháng, tổng kết trước ngày 15/12/2024", "by", null, "2024-12-15"],
];

describe(`${ROWS.length} deadline expressions`, () => {
  it("has at least 150 rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });
  it.each(ROWS)("%s → %s %s..%s", (text, kind, start, end, ref) => {
    const d = resolveDeadline(text, ref ?? REF);
    expect(d && { kind: d.kind, start: d.start ?? null, end: d.end ?? null }).toEqual({ kind, start, end });
    // the span slices to the words the deadline claims
    expect(d && text.slice(d.span.start, d.span.end)).toBe(d?.text);
  });
  it("keeps the time of day", () => {
    expect(resolveDeadline("trước 16 giờ 30 ngày 10/5/2024", REF)?.time).toBe("16:30");
    expect(resolveDeadline("trước 17h00 ngày 20/4", REF)?.time).toBe("17:00");
  });
  it("marks what was inferred", () => {
    expect(resolveDeadline("trước ngày 15/4", REF)?.certainty).toEqual({ day: "stated", month: "stated", year: "inferred" });
    expect(resolveDeadline("trước ngày 15/4/2024", REF)?.certainty).toEqual({ day: "stated", month: "stated", year: "stated" });
  });
  it("resolves nothing relative without a reference date", () => {
    expect(resolveDeadline("trong 15 ngày", null)).toBeNull();
    expect(resolveDeadline("trước ngày 15/4", null)).toBeNull();
    expect(resolveDeadline("trước ngày 15/4/2024", null)?.end).toBe("2024-04-15");
  });
});

// one phrase per line; `#` starts a comment
const NEGATIVES = readFileSync(resolve(__dirname, "fixtures/not-deadlines.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

// the rules start scanning a little before the first word they look for: the words a match
// can begin with (its cue, `hoàn thành ` before `trước`) must stay inside the match
const WHOLE_PHRASES: [text: string, phrase: string][] = [
  ["Các sở rà soát quy hoạch, hoàn thành trước ngày 30/6/2024", "hoàn thành trước ngày 30/6/2024"],
  ["Các huyện kiểm tra, báo cáo chậm nhất sau 15 ngày kể từ ngày ký", "chậm nhất sau 15 ngày kể từ ngày ký"],
  ["Ban Quản lý dự án nộp hồ sơ trong thời hạn 30 ngày", "trong thời hạn 30 ngày"],
  ["Đề nghị các đơn vị phản hồi càng sớm càng tốt", "càng sớm càng tốt"],
  ["Các xã gửi số liệu về huyện chậm nhất ngày 20 hằng tháng", "chậm nhất ngày 20 hằng tháng"],
  ["Sở Tài chính bố trí kinh phí ngay trong năm 2025", "ngay trong năm 2025"],
  ["Các trường học rà soát cơ sở vật chất trước dịp Tết Nguyên đán", "trước dịp Tết Nguyên đán"],
  ["Trung tâm tổ chức tập huấn trong tháng 5/2024 và tổng kết vào tháng 6/2024", "trong tháng 5/2024"],
];

describe("words in capitals, as headings and sentence starts write them", () => {
  it.each([
    ["HOÀN THÀNH TRƯỚC NGÀY 30/6/2024", "by", "2024-06-30"],
    ["Trước ngày 15/4/2024, các sở báo cáo kết quả", "by", "2024-04-15"],
    ["Hằng tháng báo cáo Ủy ban nhân dân tỉnh", "recurring", "2024-03-31"],
    ["Trong Quý II/2024 hoàn thành việc rà soát", "during", "2024-06-30"],
    ["Khẩn trương rà soát các dự án", "asap", undefined],
  ])("%s", (text, kind, end) => {
    const d = resolveDeadline(text, REF);
    expect(d?.kind).toBe(kind);
    expect(d?.end).toBe(end);
  });
});

describe("phrases read whole when other words come first", () => {
  it.each(WHOLE_PHRASES)("%s", (text, phrase) => {
    expect(findDeadlines(text, 0, REF).map((c) => c.deadline.text)).toContain(phrase);
  });
});

describe("sessions named without a date", () => {
  const events = ["thông qua tại Kỳ họp thứ Mười", "hoàn thành trước Đại hội Đảng bộ tỉnh", "trình tại kỳ họp thường lệ giữa năm"];
  it.each(events)("%s is no deadline, but a mention of the session", (text) => {
    expect(resolveDeadline(text, REF)).toBeNull();
    expect(undatedEvents(text, 0).map((e) => text.slice(e.span.start, e.span.end))).toEqual([text.slice(text.search(/tại|trước/u))]);
  });
  it("gives a task bounded by no date the session it is for, in the notice's temporal mentions", async () => {
    const { parseNotice } = await import("../src/index.js");
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n1. Giao Sở Tư pháp hoàn thiện dự thảo Nghị quyết, trình thông qua tại Kỳ họp thứ Mười.\n2. Giao Sở Nội vụ trình Hội đồng nhân dân tỉnh tại kỳ họp tháng 12/2025.", { referenceDate: "2025-10-01" });
    expect(n.tasks.map((t) => t.deadline ? [t.deadline.kind, t.deadline.end] : null)).toEqual([null, ["event", "2025-12-31"]]);
    expect(n.temporals?.filter((m) => m.role === "deadline").map((m) => [m.text, m.end, m.taskId])).toEqual([
      ["tại Kỳ họp thứ Mười", null, "task_1"],
      ["tháng 12/2025", "2025-12-31", "task_2"],
    ]);
  });
});

describe("dates that are not deadlines", () => {
  it.each(NEGATIVES)("%s", (text) => {
    const dated = findDeadlines(text, 0, REF).filter((c) => !["asap", "ongoing"].includes(c.deadline.kind));
    expect(dated.map((c) => c.deadline.text)).toEqual([]);
  });
});

describe("temporal mentions", () => {
  it("names the role of every date and period in the body", async () => {
    const { parseNotice } = await import("../src/index.js");
    const n = parseNotice([
      "Số: 5/TB-UBND",
      "Sơn Nam, ngày 12 tháng 4 năm 2024",
      "THÔNG BÁO",
      "Ngày 10 tháng 4 năm 2024, đồng chí Lê Văn An, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:",
      "1. Kết quả quý I/2024 đạt khá; năm 2023 tăng trưởng 6%.",
      "2. Giao Sở Tài chính triển khai Nghị quyết số 26-NQ/TU ngày 10/7/2023, hoàn thành trước ngày 30/6/2024.",
      "3. Giao Sở Nội vụ thực hiện nhiệm vụ năm 2024 theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
      "4. Giao Sở Y tế báo cáo trước Tết Nguyên đán.",
    ].join("\n"));
    expect(n.temporals?.map((m) => [m.role, m.text, m.taskId ?? null])).toEqual([
      ["meeting", "Ngày 10 tháng 4 năm 2024", null],
      ["reviewPeriod", "quý I/2024", null],
      ["reviewPeriod", "năm 2023", null],
      ["citedDocument", "10/7/2023", null],
      ["deadline", "30/6/2024", "task_1"],
      ["qualifier", "năm 2024", null],
      ["horizon", "thời kỳ 2021 - 2030", null],
      ["horizon", "tầm nhìn đến năm 2050", null],
      ["deadline", "trước Tết Nguyên đán", "task_3"],
    ]);
  });
});
