import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, NoticeReadError, parseNoticeFile, parseNoticeFileSync, readNoticeFile, readNoticeFileSync } from "../src/node/index.js";
import { makeDocx, makeDocxWithTable, makePdf, makePdfWithTable, scanLikePdf } from "./support/documents.js";
import { htmlToText, normalize, parseNotice, renderTaskTable } from "../src/index.js";

const TEXT = "Thông báo kết luận: giao Sở Y tế chủ trì";
const utf16 = (s: string, be: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = be ? c >> 8 : c & 0xff;
    out[3 + i * 2] = be ? c & 0xff : c >> 8;
  }
  return out;
};

describe("decodeText", () => {
  const cases: Array<[string, Uint8Array, string, string]> = [
    ["UTF-8", new TextEncoder().encode(TEXT), TEXT, "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), TEXT, "utf-8"],
    ["UTF-16LE with BOM", utf16(TEXT, false), TEXT, "utf-16le"],
    ["UTF-16BE with BOM", utf16(TEXT, true), TEXT, "utf-16be"],
    // "Hà Nội" in Windows-1258: à = 0xE0, ô = 0xF4 followed by the combining dot below 0xF2
    ["Windows-1258", new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]), "Hà Nội", "windows-1258"],
  ];
  it.each(cases)("%s", (_name, bytes, text, encoding) => {
    const out = decodeText(bytes);
    expect(out.encoding).toBe(encoding);
    expect(out.text.normalize("NFC")).toBe(text);
  });
  it("refuses binary bytes", () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(NoticeReadError);
  });
});

describe("readNoticeFile and parseNoticeFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-node-"));
  const write = (name: string, data: string | Uint8Array): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const errors: Array<[string, () => string | Promise<string>, RegExp]> = [
    ["missing file", () => join(dir, "nope.txt"), /no such file/u],
    ["folder", () => { const p = join(dir, "sub"); mkdirSync(p, { recursive: true }); return p; }, /is a folder/u],
    ["empty file", () => write("empty.txt", ""), /is empty/u],
    ["white space only", () => write("blank.txt", " \n\t\n"), /holds no text/u],
    ["binary file", () => write("bin.txt", new Uint8Array([1, 0, 2, 0])), /binary/u],
    ["corrupt Word file", () => write("broken.docx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])), /broken\.docx: a damaged \.docx file/u],
    ["Word file that is not a zip", () => write("plain.docx", "Thông báo"), /not a \.docx file/u],
    ["old Word file", () => write("old.doc", "\u00d0\u00cf"), /\.doc files are not read/u],
    ["corrupt PDF", () => write("broken.pdf", "%PDF-1.4\nthis is not a pdf body"), /broken\.pdf: a damaged PDF file/u],
    ["PDF without a text layer", () => scanLikePdf(write), /no text layer/u],
  ];
  it.each(errors)("%s gives a one-line NoticeReadError", async (_name, make, message) => {
    const path = await make();
    const caught = await readNoticeFile(path).then(() => null, (e: unknown) => e);
    expect(caught).toBeInstanceOf(NoticeReadError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("\n");
  });
  it("the synchronous reader reads text and points Word and PDF files to the async one", () => {
    expect(readNoticeFileSync(write("s.txt", "Thông báo")).text).toBe("Thông báo");
    expect(() => readNoticeFileSync(write("s.pdf", "%PDF-1.4"))).toThrow(/readNoticeFile \(async\)/u);
  });
  it("parses a file and notes a legacy encoding", async () => {
    const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
    expect((await parseNoticeFile(write("demo.txt", demo))).tasks).toHaveLength(7);
    expect(parseNoticeFileSync(write("demo2.txt", demo)).tasks).toHaveLength(7);
    const legacy = await parseNoticeFile(write("cp1258.txt", new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x0a])));
    expect(legacy.diagnostics[0]?.code).toBe("input.encoding");
  });
});

describe("Word and PDF files generated from the demo notice", () => {
  const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
  const dir = mkdtempSync(join(tmpdir(), "ketluan-docs-"));
  // a document holds paragraphs, not the hard wraps of the text file
  const paragraphs = normalize(demo).text.split("\n");

  it("a .docx reads back to the text of the .txt", async () => {
    const path = join(dir, "tb.docx");
    writeFileSync(path, await makeDocx(paragraphs));
    const read = await readNoticeFile(path);
    expect(read.encoding).toBe("docx");
    expect(normalize(read.text).text).toBe(normalize(demo).text);
    const notice = await parseNoticeFile(path);
    expect(notice.tasks.map((t) => [t.text, t.deadline?.end])).toEqual(parseNotice(demo).tasks.map((t) => [t.text, t.deadline?.end]));
  });

  // one task table, written into a Word file and into a PDF (columns apart by gaps only)
  const before = ["THÔNG BÁO", "Kết luận như sau:", "II. NHIỆM VỤ THỜI GIAN TỚI"];
  const rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], ["1", "Hoàn thành bàn giao mặt bằng", "UBND huyện Hải Bình", "Sở Xây dựng", "Trước ngày 30/11/2025"], ["2", "Bố trí vốn cho dự án", "Sở Tài chính", "", "Quý I/2026"]];
  const after = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc."];
  it.each([
    ["table.docx", () => makeDocxWithTable(before, rows, after)],
    ["table.pdf", () => makePdfWithTable(before, rows, [40, 80, 300, 440, 580], after)],
  ] as const)("%s: a task table gives one task per row, its columns read", async (name, make) => {
    const path = join(dir, name);
    writeFileSync(path, await make());
    const notice = await parseNoticeFile(path, { referenceDate: "2025-10-20" });
    expect(notice.tasks.map((t) => [t.text, t.assignments.map((a) => `${a.role}:${a.party.name}`), t.deadline?.end ?? null])).toEqual([
      ["Hoàn thành bàn giao mặt bằng", ["lead:UBND huyện Hải Bình", "support:Sở Xây dựng"], "2025-11-30"],
      ["Bố trí vốn cho dự án", ["lead:Sở Tài chính"], "2026-03-31"],
      ["Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.", ["monitor:Văn phòng Ủy ban nhân dân tỉnh"], null],
    ]);
  });

  it("a text-layer .pdf of several pages, with a running header and page numbers, reads back to the text of the .txt", async () => {
    const path = join(dir, "tb.pdf");
    writeFileSync(path, await makePdf(paragraphs, { header: "UBND TỈNH HÒA BÌNH XANH - Thông báo số 128/TB-UBND" }));
    const read = await readNoticeFile(path);
    expect(read.encoding).toMatch(/^pdf, [2-9] page\(s\)$/u);
    const norm = normalize(read.text);
    expect(norm.diagnostics.map((d) => d.code)).toContain("normalize.runningLines");
    expect(norm.text).toBe(normalize(demo).text);
  });
});

describe("renderTaskTable", () => {
  it("prints one row per task with lead, support and deadline", () => {
    const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
    const lines = renderTaskTable(parseNotice(demo)).split("\n");
    expect(lines[0]).toMatch(/^#\s+Nhiệm vụ\s+Chủ trì\s+Phối hợp\s+Thời hạn$/u);
    expect(lines.every((l) => [...l].length <= 120)).toBe(true);
    const rows = lines.filter((l) => /^\d+\s/u.test(l));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toContain("Sở Tài chính");
    expect(rows[0]).toContain("2024-06-30");
    expect(rows[3]).toContain("ngay");
    expect(rows[6]).toContain("(theo dõi)");
  });
  it("has only the header and its rule when there is no task, and honours the width", () => {
    const lines = renderTaskTable(parseNotice("Hà Nội"), { width: 80 }).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("-".repeat(80));
  });
});

describe("web pages", () => {
  const cases: Array<[string, string, string]> = [
    ["paragraphs and entities", "<p>Số: 5/TB-UBND</p><p>1. Giao Sở Y t&#7871; r&agrave; so&aacute;t &amp; b&aacute;o c&aacute;o.</p>", "Số: 5/TB-UBND\n1. Giao Sở Y tế rà soát & báo cáo."],
    ["scripts, styles and comments dropped", "<html><head><style>p{}</style></head><body><script>var a = '<p>';</script><!-- x --><div>THÔNG BÁO</div></body></html>", "THÔNG BÁO"],
    ["line breaks inside a block are spaces", "<p>Giao Sở Tài chính\nchủ trì</p>", "Giao Sở Tài chính chủ trì"],
    ["table cells apart", "<table><tr><td>STT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>Rà soát</td></tr></table>", "| STT | Nhiệm vụ\n| 1 | Rà soát"],
    ["paragraphs inside a cell keep the row on one line", "<table><tr><td><p>STT</p></td><td><p>Nội dung</p><p>công việc</p></td></tr></table><p>Sau bảng</p>", "| STT | Nội dung công việc\nSau bảng"],
    ["an unclosed tag ends the text", "<p>Giao Sở Y tế<b", "Giao Sở Y tế"],
  ];
  it.each(cases)("%s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
  it("a notice saved as a web page parses like its text", async () => {
    const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
    const html = `<!DOCTYPE html><html><head><title>TB</title></head><body>${demo.split("\n").map((l) => `<p>${l.replaceAll("&", "&amp;")}</p>`).join("\n")}</body></html>`;
    const dir = mkdtempSync(join(tmpdir(), "ketluan-html-"));
    const path = join(dir, "tb.html");
    writeFileSync(path, html);
    const fromHtml = await parseNoticeFile(path);
    const fromText = parseNotice(demo);
    expect(fromHtml.tasks.map((t) => [t.text, t.deadline?.end])).toEqual(fromText.tasks.map((t) => [t.text, t.deadline?.end]));
    expect(fromHtml.meta.symbol?.raw).toBe("128/TB-UBND");
  });
});
