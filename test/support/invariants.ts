// Invariants every parse must keep, shared by the property tests and the adversarial tests.
import { normalize, NoticeSchema, type Notice, type Span } from "../../src/index.js";

/** Every problem found in one parse, as readable strings (empty when the parse is sound). */
export function violations(input: string, notice: Notice): string[] {
  const out: string[] = [];
  const checked = NoticeSchema.safeParse(notice);
  if (!checked.success) out.push(`schema: ${checked.error.issues[0]?.message ?? "invalid"} at ${checked.error.issues[0]?.path.join(".")}`);
  for (const d of notice.diagnostics) if (d.code === "internal.error") out.push(`internal error: ${d.message}`);
  const norm = normalize(input);
  const text = norm.text;
  const inText = (s: Span | undefined, what: string): boolean => {
    if (!s) return false;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      out.push(`${what}: span ${s.start}..${s.end} outside text of ${text.length}`);
      return false;
    }
    const back = norm.toInputSpan(s);
    if (!(back.start >= 0 && back.start <= back.end && back.end <= input.length)) out.push(`${what}: input span ${back.start}..${back.end} outside input of ${input.length}`);
    return true;
  };
  const claims = (s: Span, value: string, what: string): void => {
    if (inText(s, what) && text.slice(s.start, s.end) !== value) out.push(`${what}: span slices to ${JSON.stringify(text.slice(s.start, s.end))}, value is ${JSON.stringify(value)}`);
  };
  for (const t of notice.tasks) {
    claims(t.span, t.text, `task ${t.id}`);
    if (t.deadline) claims(t.deadline.span, t.deadline.text, `deadline of ${t.id}`);
    for (const a of t.assignments) if (a.span) inText(a.span, `assignment of ${t.id}`);
  }
  for (const r of notice.references) claims(r.span, r.text, "reference");
  for (const d of notice.diagnostics) if (d.span) inText(d.span, `diagnostic ${d.code}`);
  const walk = (nodes: Notice["sections"]): void => {
    for (const n of nodes) {
      inText(n.span, `section ${n.id}`);
      walk(n.children);
    }
  };
  walk(notice.sections);
  const ids = new Set<string>();
  const collect = (nodes: Notice["sections"]): void => {
    for (const n of nodes) {
      if (ids.has(n.id)) out.push(`section id ${n.id} twice`);
      ids.add(n.id);
      collect(n.children);
    }
  };
  collect(notice.sections);
  return out;
}
