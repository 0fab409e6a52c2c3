import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseNotice, renderTaskTable } from "../index.js";
import { NoticeReadError, decodeText, readNoticeFile } from "../node/index.js";

const HELP = `ketluan: Vietnamese conclusion notices (thông báo kết luận) as typed data

Usage:
  ketluan parse FILE|- [--json] [--pretty] [--reference-date YYYY-MM-DD]
      Parse a notice (a text file, or - for standard input) and print it as JSON.
  ketluan demo
      Parse the example notice shipped with the package and print its tasks as a table.
  ketluan --help | --version

Examples:
  ketluan parse thong-bao.txt --json > thong-bao.json
  cat thong-bao.txt | ketluan parse - --reference-date 2024-03-27

Exit codes: 0 success, 1 unreadable input, 2 bad usage.`;

function usage(msg: string): never {
  process.stderr.write(`ketluan: ${msg}\nRun 'ketluan --help' for usage.\n`);
  process.exit(2);
}

function demoPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, "..", "examples", "demo-notice.txt");
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        pretty: { type: "boolean", default: false },
        "reference-date": { type: "string" },
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
  const refDate = values["reference-date"];
  if (refDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(refDate)) usage(`--reference-date must be YYYY-MM-DD, got ${refDate}`);
  const options = refDate ? { referenceDate: refDate } : {};
  if (command === "parse") {
    if (rest.length !== 1) usage("parse takes one FILE, or - for standard input");
    const file = rest[0] ?? "-";
    let text: string;
    try {
      text = file === "-" ? decodeText(readFileSync(0)).text : readNoticeFile(file).text;
    } catch (e) {
      const msg = e instanceof NoticeReadError ? e.message : e instanceof Error ? e.message : String(e);
      process.stderr.write(`ketluan: ${msg.split("\n")[0]}\n`);
      process.exit(1);
    }
    const notice = parseNotice(text, options);
    process.stdout.write(`${JSON.stringify(notice, null, values.pretty ? 2 : undefined)}\n`);
    return;
  }
  if (command === "demo") {
    if (rest.length) usage("demo takes no argument");
    const text = readFileSync(demoPath(), "utf8");
    const notice = parseNotice(text, options);
    const m = notice.meta;
    process.stdout.write(`${m.docType ?? "Văn bản"} ${m.symbol?.raw ?? ""} (${m.issuedOn ?? "không rõ ngày"}), ${notice.tasks.length} nhiệm vụ\n\n`);
    process.stdout.write(`${renderTaskTable(notice, { width: Math.min(160, process.stdout.columns ?? 120) })}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(notice, null, 2)}\n`);
    return;
  }
  if (command === undefined) usage("no command given");
  usage(`unknown command '${command}'`);
}

main(process.argv.slice(2));
