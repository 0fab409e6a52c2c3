// The playground: the core of ketluan, bundled for the browser, parses what the visitor pastes
// or drops and shows the report in a sandboxed frame. Nothing leaves the page.
import { decodeBytes, htmlToText, parseNotice, renderReport } from "../../src/index.js";
import sample from "../../examples/demo-notice.txt";
import mammoth from "mammoth";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>("text");
const asOf = $<HTMLInputElement>("asof");
const frame = $<HTMLIFrameElement>("report");
const status = $<HTMLDivElement>("status");
const drop = $<HTMLDivElement>("drop");
const file = $<HTMLInputElement>("file");

asOf.value = new Date().toISOString().slice(0, 10);

function say(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle("error", error);
}

function run(): void {
  const started = performance.now();
  const notice = parseNotice(text.value);
  const ms = performance.now() - started;
  frame.srcdoc = renderReport(notice, asOf.value ? { asOf: asOf.value } : {});
  const dated = notice.tasks.filter((t) => t.deadline?.end).length;
  say(`${notice.tasks.length} nhiệm vụ (${dated} có thời hạn), ${notice.sections.length} mục cấp 1; phân tích trong ${ms.toFixed(0)} ms.`);
  status.dataset.tasks = String(notice.tasks.length);
}


async function open(f: File): Promise<void> {
  say(`Đang đọc ${f.name}…`);
  try {
    const bytes = new Uint8Array(await f.arrayBuffer());
    const name = f.name.toLowerCase();
    if (name.endsWith(".docx")) {
      // through HTML, as ketluan/node reads Word: a table row stays one line, so task tables keep their rows
      const html = (await mammoth.convertToHtml({ arrayBuffer: bytes.buffer as ArrayBuffer }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) })).value;
      text.value = htmlToText(html);
    } else if (name.endsWith(".pdf") || name.endsWith(".doc")) {
      say(`${f.name}: tệp ${name.slice(name.lastIndexOf("."))} chưa đọc được ở đây; hãy dùng dòng lệnh ketluan hoặc lưu thành .docx, .txt.`, true);
      return;
    } else {
      const decoded = decodeBytes(bytes)?.text;
      if (decoded === undefined) {
        say(`${f.name}: tệp nhị phân, không phải văn bản.`, true);
        return;
      }
      text.value = name.endsWith(".html") || name.endsWith(".htm") || /^\s*<(?:!doctype html|html)[\s>]/iu.test(decoded) ? htmlToText(decoded) : decoded;
    }
    run();
  } catch (e) {
    say(`${f.name}: không đọc được (${e instanceof Error ? e.message : String(e)})`, true);
  }
}

$<HTMLButtonElement>("parse").addEventListener("click", run);
$<HTMLButtonElement>("sample").addEventListener("click", () => {
  text.value = sample;
  run();
});
asOf.addEventListener("change", run);
file.addEventListener("change", () => {
  const f = file.files?.[0];
  if (f) void open(f);
});
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const f = e.dataTransfer?.files[0];
  if (f) void open(f);
});
text.addEventListener("paste", () => setTimeout(run, 0));
