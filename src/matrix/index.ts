import { addDays, addMonths } from "date-fns";
import type { Assignment, Deadline, Notice, PartyKind, Role, Task } from "../model/schema.js";
import { fromIso, toIso } from "../deadlines/calendar.js";

/** A notice with the id it is known by in a matrix or timeline (its symbol, else `notice_N`). */
export interface NamedNotice {
  id: string;
  notice: Notice;
}

/** One notice, several, or several with ids of your own. */
export type NoticeInput = Notice | readonly Notice[] | readonly NamedNotice[];

/** The roles in the order tables show them (internal: not in the package index). */
export const ROLES: readonly Role[] = ["lead", "support", "oversee", "monitor", "reportTo"];

/** Gives every notice an id: the one passed, else its symbol, else its place in the list; repeats get `#2`. */
export function named(input: NoticeInput): NamedNotice[] {
  const list: NamedNotice[] = Array.isArray(input)
    ? (input as ReadonlyArray<Notice | NamedNotice>).map((n, i) => ("notice" in n && "id" in n ? n : { id: (n as Notice).meta.symbol?.raw ?? `notice_${i + 1}`, notice: n as Notice }))
    : [{ id: (input as Notice).meta.symbol?.raw ?? "notice_1", notice: input as Notice }];
  const seen = new Map<string, number>();
  return list.map((n) => {
    const k = (seen.get(n.id) ?? 0) + 1;
    seen.set(n.id, k);
    return k === 1 ? n : { id: `${n.id}#${k}`, notice: n.notice };
  });
}

/** Where a deadline falls relative to `asOf`. */
export type DueStatus = "overdue" | "dueSoon" | "later" | "undated";

function dueOf(d: Deadline | undefined, asOf: string | null): string | null {
  if (!d?.end) return null;
  return d.kind === "recurring" && asOf ? nextOccurrence(d, asOf) : d.end;
}

function statusOf(d: Deadline | undefined, asOf: string | null, withinDays: number): DueStatus {
  const end = dueOf(d, asOf);
  if (!end || !asOf) return "undated";
  if (end < asOf) return "overdue";
  const limit = fromIso(asOf);
  return limit && end <= toIso(addDays(limit, withinDays)) ? "dueSoon" : "later";
}

/** A recurring deadline's first occurrence on or after `asOf`: a monthly report is never overdue for good. */
function nextOccurrence(d: Deadline, asOf: string): string {
  let day = fromIso(d.end ?? "");
  if (!day) return d.end ?? asOf;
  const months = { week: 0, month: 1, quarter: 3, half: 6, year: 12 }[d.period ?? "month"];
  for (let k = 0; k < 600 && toIso(day) < asOf; k++) day = months === 0 ? addDays(day, 7) : endOrSameDay(day, months);
  return toIso(day);
}

// the same day a number of months on; a period's last day stays the last day (31/5 → 30/6)
function endOrSameDay(day: Date, months: number): Date {
  const last = addDays(day, 1).getDate() === 1;
  const next = addMonths(day, months);
  return last ? new Date(next.getFullYear(), next.getMonth() + 1, 0) : next;
}

/**
 * Options of {@link responsibilityMatrix} and {@link timeline}.
 *
 * @example
 * ```ts
 * const options: MatrixOptions = { asOf: "2024-06-01", withinDays: 14, roles: ["lead", "support"] };
 * ```
 */
export interface MatrixOptions {
  /** `YYYY-MM-DD`: the day overdue and due-soon are counted from. */
  asOf?: string;
  /** How many days after `asOf` count as due soon (default 14). */
  withinDays?: number;
  /** Keep only these parties (names or canonical keys). */
  parties?: readonly string[];
  /** Keep only these roles. */
  roles?: readonly Role[];
  /** Keep only tasks whose deadline ends on or after this day. */
  from?: string;
  /** Keep only tasks whose deadline ends on or before this day. */
  to?: string;
}

/** A task as a column of the matrix or a row of the timeline. */
export interface TaskRef {
  /** `noticeId#taskId`, unique across the notices. */
  key: string;
  noticeId: string;
  taskId: string;
  text: string;
  deadline: Deadline | null;
  /** The day it falls due as of `asOf`: the deadline's end, or a recurring one's next occurrence. */
  due: string | null;
  status: DueStatus;
}

/** One party's row: its roles in each task, and what it carries in all. */
export interface PartyRow {
  canonical: string;
  /** The spelling used most often. */
  name: string;
  kind: PartyKind;
  /** Task key → the roles this party plays in it. */
  roles: Record<string, Role[]>;
  counts: Record<Role, number>;
  /** Tasks it leads that fall due within `withinDays` of `asOf`. */
  dueSoon: number;
  /** Tasks it leads whose deadline passed before `asOf`. */
  overdue: number;
}

/** Parties × tasks with roles, merged by canonical party across notices. */
export interface ResponsibilityMatrix {
  asOf: string | null;
  tasks: TaskRef[];
  parties: PartyRow[];
}

/** A task as the matrix and the timeline both show it. */
function taskRef(noticeId: string, t: Task, asOf: string | null, withinDays: number): TaskRef {
  return { key: `${noticeId}#${t.id}`, noticeId, taskId: t.id, text: t.text, deadline: t.deadline ?? null, due: dueOf(t.deadline, asOf), status: statusOf(t.deadline, asOf, withinDays) };
}

/** The `parties` option as a test on an assignment (by name, lower-case name or canonical key), or null for all. */
function partyFilter(o: MatrixOptions): ((a: Assignment) => boolean) | null {
  if (!o.parties?.length) return null;
  const want = new Set(o.parties.flatMap((p) => [p, p.toLowerCase()]));
  return (a) => want.has(a.party.canonical) || want.has(a.party.name) || want.has(a.party.name.toLowerCase());
}

function taskPasses(t: Task, o: MatrixOptions): boolean {
  const end = t.deadline?.end;
  if (o.from && (!end || end < o.from)) return false;
  if (o.to && (!end || end > o.to)) return false;
  return true;
}

/**
 * Builds the responsibility matrix of one notice or many: who leads, supports, oversees,
 * monitors or receives the report of each task, one row per party merged by its canonical
 * key, with a summary per party (tasks led, supported..., due soon and overdue as of `asOf`).
 * Pure.
 *
 * @example
 * ```ts
 * const m = responsibilityMatrix(parseNotice(text), { asOf: "2024-06-01" });
 * for (const p of m.parties) console.log(p.name, p.counts.lead, p.overdue);
 * ```
 */
export function responsibilityMatrix(input: NoticeInput, options: MatrixOptions = {}): ResponsibilityMatrix {
  const asOf = options.asOf ?? null;
  const within = options.withinDays ?? 14;
  const wantParty = partyFilter(options);
  const wantRole = options.roles?.length ? new Set(options.roles) : null;
  const tasks: TaskRef[] = [];
  const rows = new Map<string, PartyRow & { spellings: Map<string, number> }>();
  for (const { id, notice } of named(input)) {
    for (const t of notice.tasks) {
      if (!taskPasses(t, options)) continue;
      const ref = taskRef(id, t, asOf, within);
      let used = false;
      for (const a of t.assignments) {
        if (wantRole && !wantRole.has(a.role)) continue;
        if (wantParty && !wantParty(a)) continue;
        used = true;
        let row = rows.get(a.party.canonical);
        if (!row) {
          row = { canonical: a.party.canonical, name: a.party.name, kind: a.party.kind, roles: {}, counts: { lead: 0, support: 0, oversee: 0, monitor: 0, reportTo: 0 }, dueSoon: 0, overdue: 0, spellings: new Map() };
          rows.set(a.party.canonical, row);
        }
        row.spellings.set(a.party.name, (row.spellings.get(a.party.name) ?? 0) + 1);
        const roles = (row.roles[ref.key] ??= []);
        if (roles.includes(a.role)) continue;
        roles.push(a.role);
        row.counts[a.role]++;
        if (a.role === "lead" && ref.status === "dueSoon") row.dueSoon++;
        if (a.role === "lead" && ref.status === "overdue") row.overdue++;
      }
      if (used || (!wantParty && !wantRole)) tasks.push(ref);
    }
  }
  const parties = [...rows.values()].map(({ spellings, ...row }) => {
    const name = [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? row.name;
    for (const k of Object.keys(row.roles)) row.roles[k]?.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    return { ...row, name };
  });
  parties.sort((a, b) => b.counts.lead - a.counts.lead || b.counts.support - a.counts.support || a.name.localeCompare(b.name, "vi"));
  return { asOf, tasks, parties };
}

/** One row of a timeline. */
export interface TimelineEntry extends TaskRef {
  /** The leads' names. */
  leads: string[];
}

/**
 * The tasks of one notice or many ordered by deadline, each with its status as of `asOf`
 * (overdue, due within `withinDays`, later, undated); undated tasks come last. Pure.
 *
 * @example
 * ```ts
 * for (const e of timeline(parseNotice(text), { asOf: "2024-06-01" })) console.log(e.deadline?.end ?? "-", e.status, e.leads.join("; "));
 * ```
 */
export function timeline(input: NoticeInput, options: MatrixOptions = {}): TimelineEntry[] {
  const asOf = options.asOf ?? null;
  const within = options.withinDays ?? 14;
  const wantParty = partyFilter(options);
  const out: TimelineEntry[] = [];
  for (const { id, notice } of named(input)) {
    for (const t of notice.tasks) {
      if (!taskPasses(t, options)) continue;
      if (wantParty && !t.assignments.some(wantParty)) continue;
      out.push({ ...taskRef(id, t, asOf, within), leads: t.assignments.filter((a) => a.role === "lead").map((a) => a.party.name) });
    }
  }
  return out.sort((a, b) => {
    const x = a.due ?? "9999";
    const y = b.due ?? "9999";
    return x < y ? -1 : x > y ? 1 : a.key.localeCompare(b.key);
  });
}
