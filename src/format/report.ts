import type { SectionNode, Task } from "../model/schema.js";
import { named, responsibilityMatrix, ROLES, timeline, type DueStatus, type NamedNotice, type NoticeInput, type PartyRow, type TimelineEntry } from "../matrix/index.js";
import { deadlineLabel, ROLE_LABEL, STATUS_LABEL, vnDate } from "./tables.js";
import { fromIso } from "../deadlines/calendar.js";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: ReportOptions = { asOf: "2024-06-01", withinDays: 14, title: "Nhiệm vụ tháng 6" };
 * ```
 */
export interface ReportOptions {
  /** `YYYY-MM-DD`: the day overdue and due soon are counted from (default: none, nothing is overdue). */
  asOf?: string;
  /** Days after `asOf` that count as due soon (default 14). */
  withinDays?: number;
  /** The page's title (default `Báo cáo theo dõi nhiệm vụ`). */
  title?: string;
}

const MANNER: ReadonlySet<string> = new Set(["immediate", "asap", "ongoing"]);

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);

/** The anchor of a task in the report: `t-<notice>-<task>`, safe in an id. */
function anchor(noticeIndex: number, taskId: string): string {
  return `t-${noticeIndex + 1}-${taskId.replace(/[^\w-]/gu, "_")}`;
}

/**
 * A report a person reads: one self-contained HTML page (no network, no external script or
 * font) with each notice's metadata, its section tree with every task in place, the
 * responsibility matrix as a sortable heat map, and the deadlines as an SVG timeline (overdue
 * in red, due soon in amber, undated listed apart), every mark linking to its task. It reads on
 * a phone and prints on A4. Pure and browser-safe.
 *
 * @example
 * ```ts
 * const html = renderReport(parseNotice(text), { asOf: "2024-06-01" });
 * // write it to report.html, or show it in an iframe: `iframe.srcdoc = html`
 * ```
 */
export function renderReport(input: NoticeInput, options: ReportOptions = {}): string {
  const notices = named(input);
  const asOf = options.asOf ?? null;
  const mOptions = { ...(asOf ? { asOf } : {}), withinDays: options.withinDays ?? 14 };
  const matrix = responsibilityMatrix(notices, mOptions);
  const entries = timeline(notices, mOptions);
  const index = new Map(notices.map((n, i) => [n.id, i]));
  const hrefOf = (e: { noticeId: string; taskId: string }): string => `#${anchor(index.get(e.noticeId) ?? 0, e.taskId)}`;
  // tasks are numbered as a reader counts them: 1, 2, ... in one notice; 2.3 across several
  const numbers = new Map<string, string>();
  notices.forEach(({ id, notice }, i) => notice.tasks.forEach((t, k) => numbers.set(`${id}#${t.id}`, notices.length > 1 ? `${i + 1}.${k + 1}` : `${k + 1}`)));
  const numberOf = (e: { noticeId: string; taskId: string }): string => numbers.get(`${e.noticeId}#${e.taskId}`) ?? e.taskId;
  const count = (s: DueStatus): number => entries.filter((e) => e.status === s).length;
  const dated = entries.filter((e) => e.due !== null).length;
  const title = options.title ?? "Báo cáo theo dõi nhiệm vụ";
  const stats: Array<[string, string, number]> = [
    ["notices", "Văn bản", notices.length],
    ["tasks", "Nhiệm vụ", entries.length],
    ["dated", "Có thời hạn", dated],
    ["overdue", "Quá hạn", count("overdue")],
    ["dueSoon", `Đến hạn trong ${mOptions.withinDays} ngày`, count("dueSoon")],
    ["undated", STATUS_LABEL.undated, entries.length - dated],
  ];
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ketluan">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="head">
<h1>${esc(title)}</h1>
<p class="sub">${asOf ? `Tính đến ngày <time datetime="${asOf}">${vnDate(asOf)}</time>` : "Không có ngày đối chiếu: chưa tính quá hạn"} · ${notices.map((n) => esc(n.id)).join(", ")}</p>
<ul class="stats">${stats.map(([key, label, n]) => `<li class="stat stat-${key}"><span class="n" data-stat="${key}">${n}</span><span class="l">${esc(label)}</span></li>`).join("")}</ul>
<nav><a href="#timeline">Thời hạn</a><a href="#matrix">Trách nhiệm</a>${notices.map((n, i) => `<a href="#notice-${i + 1}">${esc(n.id)}</a>`).join("")}</nav>
</header>
${timelineSection(entries, asOf, hrefOf, numberOf)}
${matrixSection(matrix.parties, matrix.tasks.length)}
${notices.map((n, i) => noticeSection(n, i, entries, numberOf)).join("\n")}
<footer>Lập bằng ketluan từ ${notices.length} văn bản. Nhiệm vụ, đơn vị và thời hạn được trích tự động: đối chiếu với văn bản gốc trước khi sử dụng.</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The deadlines as an SVG chart: one row per dated task, at its due day or across its period. */
function timelineSection(entries: readonly TimelineEntry[], asOf: string | null, hrefOf: (e: TimelineEntry) => string, numberOf: (e: TimelineEntry) => string): string {
  const dated = entries.filter((e) => e.due !== null);
  const undated = entries.filter((e) => e.due === null);
  const days = (iso: string): number => (fromIso(iso)?.getTime() ?? 0) / 86_400_000;
  let chart = `<p class="empty">Không có nhiệm vụ nào có thời hạn cụ thể.</p>`;
  if (dated.length > 0) {
    const starts = dated.map((e) => (e.deadline?.kind === "during" || e.deadline?.kind === "event") && e.deadline.start ? e.deadline.start : (e.due ?? ""));
    const all = [...starts, ...dated.map((e) => e.due ?? ""), ...(asOf ? [asOf] : [])].sort();
    const lo = days(all[0] ?? "") - 7;
    const hi = Math.max(days(all[all.length - 1] ?? "") + 7, lo + 30);
    const left = 240;
    const width = 960;
    const row = 22;
    const top = 34;
    const height = top + dated.length * row + 10;
    const x = (iso: string): number => left + ((days(iso) - lo) / (hi - lo)) * (width - left - 56);
    const ticks = monthTicks(lo, hi).map((t) => `<g class="tick"><line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 8}" y2="${height}"/><text x="${(x(t) + 3).toFixed(1)}" y="${top - 12}">${t.slice(5, 7)}/${t.slice(0, 4)}</text></g>`);
    const rows = dated.map((e, k) => {
      const y = top + k * row + row / 2;
      const start = starts[k] ?? e.due ?? "";
      const due = e.due ?? "";
      const mark = start < due
        ? `<rect x="${x(start).toFixed(1)}" y="${(y - 6).toFixed(1)}" width="${Math.max(4, x(due) - x(start)).toFixed(1)}" height="12" rx="3"/>`
        : `<circle cx="${x(due).toFixed(1)}" cy="${y.toFixed(1)}" r="6"/>`;
      const label = `${numberOf(e)}. ${e.leads[0] ?? "(chưa rõ đơn vị)"}`;
      return `<a class="mark ${e.status}" href="${hrefOf(e)}" data-status="${e.status}" data-due="${due}" data-task="${esc(e.key)}"><title>${esc(`${STATUS_LABEL[e.status]}: ${deadlineLabel(e.deadline)} – ${short(e.text, 160)}`)}</title><text class="label" x="${left - 8}" y="${(y + 4).toFixed(1)}">${esc(short(label, 34))}</text>${mark}</a>`;
    });
    const today = asOf && days(asOf) >= lo && days(asOf) <= hi ? `<g class="asof"><line x1="${x(asOf).toFixed(1)}" x2="${x(asOf).toFixed(1)}" y1="${top - 8}" y2="${height}"/><text x="${(x(asOf) + 3).toFixed(1)}" y="${height - 2}">${vnDate(asOf)}</text></g>` : "";
    chart = `<div class="scroll"><svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Thời hạn của ${dated.length} nhiệm vụ">${ticks.join("")}${today}${rows.join("")}</svg></div>
<ul class="legend">${(["overdue", "dueSoon", "later"] as const).map((s) => `<li><span class="dot ${s}"></span>${STATUS_LABEL[s]}</li>`).join("")}</ul>`;
  }
  const list = undated.length
    ? `<h3>Chưa có thời hạn cụ thể (${undated.length})</h3><ul class="undated">${undated.map((e) => `<li data-status="undated"><a href="${hrefOf(e)}">Nhiệm vụ ${esc(numberOf(e))}</a> ${esc(short(e.text, 140))}${e.deadline && MANNER.has(e.deadline.kind) ? ` <span class="badge">${esc(deadlineLabel(e.deadline))}</span>` : ""}</li>`).join("")}</ul>`
    : "";
  return `<section id="timeline"><h2>Thời hạn</h2>${chart}${list}</section>`;
}

/** First days of the months between two day numbers (days since the epoch). */
function monthTicks(lo: number, hi: number): string[] {
  const out: string[] = [];
  const d = new Date(lo * 86_400_000);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  for (let k = 0; k < 240; k++) {
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    const iso = `${y}-${String(m).padStart(2, "0")}-01`;
    if ((fromIso(iso)?.getTime() ?? 0) / 86_400_000 > hi) break;
    out.push(iso);
  }
  // a long span keeps one label in three
  return out.length > 18 ? out.filter((_, i) => i % 3 === 0) : out;
}

/** Parties × roles as a heat map, sortable by any column. */
function matrixSection(parties: readonly PartyRow[], tasks: number): string {
  if (parties.length === 0) return `<section id="matrix"><h2>Trách nhiệm</h2><p class="empty">Không có đơn vị nào được giao nhiệm vụ.</p></section>`;
  const columns: Array<[string, string, (p: PartyRow) => number]> = [
    ...ROLES.map((r): [string, string, (p: PartyRow) => number] => [r, ROLE_LABEL[r], (p) => p.counts[r]]),
    ["total", "Tổng", (p) => ROLES.reduce((n, r) => n + p.counts[r], 0)],
    ["overdue", "Quá hạn", (p) => p.overdue],
    ["dueSoon", "Sắp đến hạn", (p) => p.dueSoon],
  ];
  const max = new Map(columns.map(([k, , f]) => [k, Math.max(1, ...parties.map(f))]));
  const head = columns.map(([k, label], i) => `<th scope="col" data-key="${k}" aria-sort="${k === "lead" ? "descending" : "none"}"><button type="button" data-col="${i + 1}">${esc(label)}</button></th>`).join("");
  const body = parties.map((p) => {
    const cells = columns.map(([k, , f]) => {
      const n = f(p);
      const heat = n === 0 ? 0 : 0.15 + 0.85 * (n / (max.get(k) ?? 1));
      const tone = k === "overdue" ? "var(--red)" : k === "dueSoon" ? "var(--amber)" : "var(--blue)";
      return `<td data-role="${k}" data-value="${n}" style="--heat:${heat.toFixed(2)};--tone:${tone}">${n || ""}</td>`;
    });
    return `<tr data-party="${esc(p.canonical)}"><th scope="row">${esc(p.name)}</th>${cells.join("")}</tr>`;
  });
  return `<section id="matrix"><h2>Trách nhiệm</h2><p class="note">${parties.length} đơn vị, cá nhân trong ${tasks} nhiệm vụ; bấm tiêu đề cột để sắp xếp.</p>
<div class="scroll"><table class="heat"><thead><tr><th scope="col"><button type="button" data-col="0">Đơn vị</button></th>${head}</tr></thead><tbody>${body.join("")}</tbody></table></div></section>`;
}

/** One notice: its metadata, then its section tree with each task in place. */
function noticeSection({ id, notice }: NamedNotice, i: number, entries: readonly TimelineEntry[], numberOf: (e: { noticeId: string; taskId: string }) => string): string {
  const m = notice.meta;
  const status = new Map(entries.filter((e) => e.noticeId === id).map((e) => [e.taskId, e.status]));
  const signer = (m.signatures?.length ? m.signatures : m.signature ? [m.signature] : []).map((s) => [s.position, s.name].filter(Boolean).join(" ")).filter(Boolean);
  const facts: Array<[string, string | null | undefined]> = [
    ["Loại văn bản", m.docType],
    ["Số, ký hiệu", m.symbol?.raw],
    ["Cơ quan ban hành", [m.issuerParent, m.issuer].filter(Boolean).join(" – ") || null],
    ["Ngày ban hành", m.issuedOn ? vnDate(m.issuedOn) : null],
    ["Trích yếu", m.title ?? m.subject],
    ["Cuộc họp", m.meeting ? [m.meeting.date ? vnDate(m.meeting.date) : null, m.meeting.place, m.meeting.chair ? `chủ trì: ${m.meeting.chair}` : null].filter(Boolean).join(" · ") : null],
    ["Người ký", signer.join("; ") || null],
  ];
  const byId = new Map<string, Task[]>();
  for (const t of notice.tasks) {
    const k = t.sectionId ?? "";
    byId.set(k, [...(byId.get(k) ?? []), t]);
  }
  const taskItem = (t: Task): string => {
    const s = status.get(t.id) ?? "undated";
    const roles = ROLES.map((r) => {
      const names = t.assignments.filter((a) => a.role === r).map((a) => a.party.name);
      return names.length ? `<span class="role ${r}"><b>${ROLE_LABEL[r]}:</b> ${esc(names.join("; "))}</span>` : "";
    }).join("");
    const due = t.deadline ? `<span class="due ${s}" data-status="${s}">${esc(deadlineLabel(t.deadline))}${s === "overdue" || s === "dueSoon" ? ` · ${STATUS_LABEL[s]}` : ""}</span>` : `<span class="due undated" data-status="undated">${STATUS_LABEL.undated}</span>`;
    return `<li class="task" id="${anchor(i, t.id)}" data-task="${esc(t.id)}"><p class="text"><span class="tid">${esc(numberOf({ noticeId: id, taskId: t.id }))}.</span> ${esc(t.text)}</p><p class="meta">${roles}${due}</p></li>`;
  };
  const tasksOf = (sectionId: string): string => {
    const list = byId.get(sectionId);
    return list?.length ? `<ul class="tasks">${list.map(taskItem).join("")}</ul>` : "";
  };
  const tree = (nodes: readonly SectionNode[]): string =>
    nodes.length ? `<ol class="tree">${nodes.map((n) => `<li class="section" data-section="${esc(n.id)}"><span class="label">${esc(n.label)}</span>${n.heading ? ` <span class="heading">${esc(short(n.heading, 200))}</span>` : ""}${tasksOf(n.id)}${tree(n.children)}</li>`).join("")}</ol>` : "";
  const loose = tasksOf("");
  return `<section class="notice" id="notice-${i + 1}"><h2>${esc(m.docType ?? "Văn bản")} ${esc(m.symbol?.raw ?? id)}</h2>
<dl class="facts">${facts.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v ?? "")}</dd>`).join("")}</dl>
<h3>Cấu trúc và nhiệm vụ (${notice.tasks.length})</h3>
${tree(notice.sections)}${loose ? `<h4>Nhiệm vụ ngoài các mục</h4>${loose}` : ""}</section>`;
}

function short(s: string, n: number): string {
  const t = s.replace(/\s+/gu, " ").trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

// system fonts that all carry Vietnamese: nothing is fetched
const STYLE = `
:root{--ink:#1d2433;--muted:#5b6474;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--blue:#2c6bd6;--red:#c62828;--amber:#c77800;--green:#2e7d32}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.2em 0}
h2{font-size:1.25rem;margin:1.6em 0 .6em;border-bottom:2px solid var(--line);padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
h4{font-size:1rem;margin:1em 0 .3em}
.sub,.note,footer{color:var(--muted)}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;list-style:none;padding:0;margin:12px 0}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.stat .n{display:block;font-size:1.8rem;font-weight:700;line-height:1.1}
.stat .l{color:var(--muted);font-size:.9rem}
.stat-overdue .n{color:var(--red)}.stat-dueSoon .n{color:var(--amber)}
nav{display:flex;flex-wrap:wrap;gap:8px}
nav a{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:2px 12px;text-decoration:none;color:var(--blue)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:4px 16px 16px;margin:16px 0}
.scroll{overflow-x:auto}
.chart{display:block;max-width:100%;min-width:640px;height:auto;font-size:12px}
.chart .tick line{stroke:var(--line)}.chart .tick text{fill:var(--muted)}
.chart .asof line{stroke:var(--ink);stroke-dasharray:4 3}.chart .asof text{font-weight:700}
.chart .label{text-anchor:end;fill:var(--ink)}
.chart a:hover .label,.chart a:focus .label{text-decoration:underline}
.mark circle,.mark rect{fill:var(--blue)}
.mark.overdue circle,.mark.overdue rect{fill:var(--red)}
.mark.dueSoon circle,.mark.dueSoon rect{fill:var(--amber)}
.legend{display:flex;gap:16px;list-style:none;padding:0;color:var(--muted)}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;background:var(--blue)}
.dot.overdue{background:var(--red)}.dot.dueSoon{background:var(--amber)}
.undated li{margin:.3em 0}
table.heat{border-collapse:collapse;width:100%;font-size:.95rem}
.heat th,.heat td{border:1px solid var(--line);padding:4px 8px}
.heat td{text-align:center;min-width:3.2em;background:color-mix(in srgb,var(--tone) calc(var(--heat) * 70%),white);color:var(--ink)}
.heat tbody th{text-align:left;font-weight:500;min-width:11em}
.heat thead button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
.heat th[aria-sort=descending] button::after{content:" ▾"}.heat th[aria-sort=ascending] button::after{content:" ▴"}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.tree{list-style:none;padding-left:0;margin:.3em 0}
.tree .tree{padding-left:1.2em;border-left:2px solid var(--line)}
.section>.label{font-weight:700;margin-right:.3em}
.tasks{list-style:none;padding:0;margin:.4em 0}
.task{border-left:4px solid var(--blue);background:#f3f6fc;border-radius:4px;padding:6px 10px;margin:6px 0}
.task:target{outline:3px solid var(--amber)}
.task .text{margin:0}
.tid{font-weight:700;color:var(--muted);margin-right:.2em}
.task .meta{margin:.3em 0 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.92rem}
.due{font-weight:600}.due.overdue{color:var(--red)}.due.dueSoon{color:var(--amber)}.due.undated{color:var(--muted);font-weight:400}
.badge{border:1px solid var(--line);border-radius:4px;padding:0 6px;font-size:.85rem;color:var(--muted)}
.empty{color:var(--muted)}
footer{font-size:.85rem;margin:24px 0}
@media (max-width:600px){main{padding:8px}section{padding:2px 10px 12px}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:6px}h1{font-size:1.3rem}}
@page{size:A4;margin:14mm}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}nav,.heat thead button::after{display:none}section{border:0;padding:0;break-inside:auto}.chart,.task,tr{break-inside:avoid}.scroll{overflow:visible}.chart{width:100%}a{color:inherit;text-decoration:none}}
`;

// sorts the heat map by the column clicked; the page works without it
const SCRIPT = `
document.querySelectorAll("table.heat").forEach(function(table){
  table.querySelectorAll("thead button").forEach(function(button){
    button.addEventListener("click",function(){
      var col=Number(button.dataset.col),th=button.parentElement,desc=th.getAttribute("aria-sort")!=="descending";
      table.querySelectorAll("thead th").forEach(function(h){h.setAttribute("aria-sort","none")});
      th.setAttribute("aria-sort",desc?"descending":"ascending");
      var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col],y=b.cells[col];
        var r=col===0?x.textContent.localeCompare(y.textContent,"vi"):Number(x.dataset.value)-Number(y.dataset.value);
        return desc?-r:r;
      });
      rows.forEach(function(r){body.appendChild(r)});
    });
  });
});
`;
