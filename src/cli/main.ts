import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  annexRows, matrixRows, noticeJsonSchema, parseNotice, renderReport, renderTaskTable, responsibilityMatrix, timeline, timelineRows,
  toCsv, toICalendar, toMarkdownTable, type NamedNotice, type Notice,
} from "../index.js";
import { NoticeReadError, parseNoticeBytes, parseNoticeFile } from "../node/index.js";
import { roleNames } from "../format/tables.js";
import { batch } from "./batch.js";

const HELP = `ketluan: Vietnamese conclusion notices (thông báo kết luận) as typed data

Usage:
  ketluan parse FILE|- [--format json|csv|md|annex|ics] [--pretty] [--reference-date D] [-o OUT]
      Parse a notice (.txt in any encoding, .html, .docx, .pdf with a text layer, or - for
      standard input). json: the whole model;
      csv, md, annex: its tasks as a table (annex: STT | Nhiệm vụ | Chủ trì | Phối hợp |
      Thời gian hoàn thành | Ghi chú); ics: its dated deadlines as calendar events.
  ketluan matrix FILE... [--format csv|md|json] [--as-of D] [--within N] [-o OUT]
      The responsibility matrix of one notice or many: parties × tasks with roles, merged by
      party, with tasks led, supported, overseen, monitored, reported to, due soon, overdue.
  ketluan timeline FILE... [--format csv|md|json|ics] [--as-of D] [--within N] [-o OUT]
      The tasks of one notice or many by deadline, each overdue, due soon, later or undated.
  ketluan report FILE... -o REPORT.html [--as-of D] [--within N] [--title T]
      One self-contained HTML page for people: metadata, the section tree with each task in
      place, the responsibility matrix as a heat map and the deadlines as a chart (overdue in
      red). No network needed to open it; it prints on A4.
  ketluan batch FILE|FOLDER|GLOB... [-o OUT.jsonl] [--jobs N] [--reference-date D]
  ketluan batch --jsonl < in.jsonl > out.jsonl
      Parse many notices over every core into JSON lines ({"id", "notice"} or {"id", "error"}),
      in input order; a bad file is reported at the end and gives exit code 1. With --jsonl,
      read {"id", "text"} lines on standard input: one result line per input line.
  ketluan schema
      The JSON Schema of the JSON that 'parse --format json' prints.
  ketluan demo
      Parse the example notice shipped with the package and print its tasks as a table.
  ketluan --help | --version

Options:
  --reference-date D   resolve deadlines against D (YYYY-MM-DD) instead of the notice's date
  --as-of D            count overdue and due soon from D (YYYY-MM-DD; default: today)
  --within N           days after --as-of that count as due soon (default 14)
  --title T            the report's title (default: Báo cáo theo dõi nhiệm vụ)
  --bom, --crlf        for csv: a byte order mark and CRLF line ends, as Excel likes them
  -o, --output OUT     write to OUT instead of standard output

Examples:
  ketluan parse thong-bao.txt --pretty > thong-bao.json
  ketluan parse thong-bao.pdf --format annex -o phu-luc.md
  cat thong-bao.txt | ketluan parse - --format annex
  ketluan matrix tb-*.txt --format csv --bom --crlf -o ma-tran.csv
  ketluan timeline tb-*.txt --format ics --as-of 2024-06-01 -o han.ics
  ketluan report tb-*.pdf --as-of 2024-06-01 -o bao-cao.html
  ketluan batch thong-bao/ -o ket-qua.jsonl

Exit codes: 0 success, 1 unreadable input, 2 bad usage.`;

function usage(msg: string): never {
  process.stderr.write(`ketluan: ${msg}\nRun 'ketluan --help' for usage.\n`);
  process.exit(2);
}

function fail(e: unknown): never {
  const msg = e instanceof NoticeReadError ? e.message : e instanceof Error ? e.message : String(e);
  process.stderr.write(`ketluan: ${msg.split("\n")[0]}\n`);
  process.exit(1);
}

function demoPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "demo-notice.txt");
}

const date = (name: string, v: string | undefined): string | undefined => {
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(v)) usage(`--${name} must be YYYY-MM-DD, got ${v}`);
  return v;
};

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        pretty: { type: "boolean", default: false },
        format: { type: "string" },
        "reference-date": { type: "string" },
        "as-of": { type: "string" },
        within: { type: "string" },
        bom: { type: "boolean", default: false },
        crlf: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        jsonl: { type: "boolean", default: false },
        jobs: { type: "string" },
        title: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    usage(e instanceof Error ? e.message.split("\n")[0] ?? "bad arguments" : "bad arguments");
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "package.json"), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  const refDate = date("reference-date", values["reference-date"]);
  const asOf = date("as-of", values["as-of"]) ?? new Date().toISOString().slice(0, 10);
  const within = values.within === undefined ? 14 : Number(values.within);
  if (!Number.isInteger(within) || within < 0) usage(`--within must be a whole number of days, got ${values.within}`);
  const options = refDate ? { referenceDate: refDate } : {};
  const csv = { bom: values.bom, crlf: values.crlf };
  const emit = (out: string): void => {
    if (values.output) {
      try {
        writeFileSync(values.output, out);
      } catch (e) {
        fail(e);
      }
    } else process.stdout.write(out);
  };
  const read = async (file: string): Promise<NamedNotice> => {
    try {
      const notice = file === "-" ? await parseNoticeBytes(readFileSync(0), "standard input", options) : await parseNoticeFile(file, options);
      return { id: notice.meta.symbol?.raw ?? file, notice };
    } catch (e) {
      fail(e);
    }
  };
  const formatOf = (allowed: readonly string[], fallback: string): string => {
    const f = values.format ?? (values.json ? "json" : fallback);
    if (!allowed.includes(f)) usage(`--format must be one of ${allowed.join(", ")} here, got ${f}`);
    return f;
  };
  const taskTable = (n: Notice): string[][] => [
    ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Theo dõi", "Báo cáo", "Thời hạn", "Hạn"],
    ...n.tasks.map((t, i) => {
      return [String(i + 1), t.text.replace(/\s+/gu, " ").trim(), roleNames(t, "lead"), roleNames(t, "support"), roleNames(t, "monitor"), roleNames(t, "reportTo"), t.deadline?.text ?? "", t.deadline?.end ?? ""];
    }),
  ];

  switch (command) {
    case "parse": {
      if (rest.length !== 1) usage("parse takes one FILE, or - for standard input");
      const format = formatOf(["json", "csv", "md", "annex", "ics"], "json");
      const { id, notice } = await read(rest[0] ?? "-");
      if (format === "json") emit(`${JSON.stringify(notice, null, values.pretty ? 2 : undefined)}\n`);
      else if (format === "csv") emit(toCsv(taskTable(notice), csv));
      else if (format === "md") emit(toMarkdownTable(taskTable(notice)));
      else if (format === "annex") emit(toMarkdownTable(annexRows(notice)));
      else emit(toICalendar(timeline([{ id, notice }], { asOf }), { stamp: notice.meta.issuedOn ?? asOf }));
      return;
    }
    case "matrix":
    case "timeline": {
      if (rest.length === 0) usage(`${command} takes one FILE or more`);
      const notices: NamedNotice[] = [];
      for (const file of rest) notices.push(await read(file));
      if (command === "matrix") {
        const format = formatOf(["csv", "md", "json"], "md");
        const m = responsibilityMatrix(notices, { asOf, withinDays: within });
        emit(format === "json" ? `${JSON.stringify(m, null, values.pretty ? 2 : undefined)}\n` : format === "csv" ? toCsv(matrixRows(m), csv) : toMarkdownTable(matrixRows(m)));
      } else {
        const format = formatOf(["csv", "md", "json", "ics"], "md");
        const t = timeline(notices, { asOf, withinDays: within });
        emit(format === "json" ? `${JSON.stringify(t, null, values.pretty ? 2 : undefined)}\n` : format === "csv" ? toCsv(timelineRows(t), csv) : format === "ics" ? toICalendar(t, { stamp: asOf }) : toMarkdownTable(timelineRows(t)));
      }
      return;
    }
    case "batch": {
      if (values.jsonl ? rest.length > 0 : rest.length === 0) usage(values.jsonl ? "batch --jsonl reads standard input: no FILE" : "batch takes FILE, FOLDER or GLOB arguments");
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) usage(`--jobs must be a whole number of workers, got ${values.jobs}`);
      void batch(rest, values.jsonl, options, values.output, jobs).then((code) => process.exit(code), fail);
      return;
    }
    case "report": {
      if (rest.length === 0) usage("report takes one FILE or more");
      const notices: NamedNotice[] = [];
      for (const file of rest) notices.push(await read(file));
      emit(renderReport(notices, { asOf, withinDays: within, ...(values.title ? { title: values.title } : {}) }));
      return;
    }
    case "schema":
      if (rest.length) usage("schema takes no argument");
      emit(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
      return;
    case "demo": {
      if (rest.length) usage("demo takes no argument");
      const notice = parseNotice(readFileSync(demoPath(), "utf8"), options);
      const m = notice.meta;
      process.stdout.write(`${m.docType ?? "Văn bản"} ${m.symbol?.raw ?? ""} (${m.issuedOn ?? "không rõ ngày"}), ${notice.tasks.length} nhiệm vụ\n\n`);
      process.stdout.write(`${renderTaskTable(notice, { width: Math.min(160, process.stdout.columns ?? 120) })}\n`);
      if (values.json) process.stdout.write(`${JSON.stringify(notice, null, 2)}\n`);
      return;
    }
    case undefined:
      usage("no command given");
      break;
    default:
      usage(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).catch(fail);
