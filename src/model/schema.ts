import { z } from "zod";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected YYYY-MM-DD");
/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Half-open offsets `[start, end)` into the normalized text (see {@link normalize}).
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 9 }; // "THÔNG BÁO"
 * ```
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
/** Half-open offsets `[start, end)` into the normalized text. */
export type Span = z.infer<typeof SpanSchema>;

/** How serious a diagnostic is. */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
/** How serious a diagnostic is. */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem or a note about what the parser did. Parsing never throws: it reports.
 *
 * @example
 * ```ts
 * const d: Diagnostic = { code: "section.gap", severity: "warning", message: "2.2 is missing" };
 * ```
 */
export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  span: SpanSchema.optional(),
});
/** A problem or a note about what the parser did. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** Party documents (Hướng dẫn 36-HD/VPTW), state documents (Decree 30/2020/NĐ-CP), or unknown. */
export const NoticeKindSchema = z.enum(["party", "state", "unknown"]);
/** Party, state or unknown. */
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

/**
 * The number and symbol of a document: `845-TB/TU`, `467/TB-VPCP`, `45/UBND-KT`.
 *
 * @example
 * ```ts
 * const s: DocumentSymbol = { raw: "467/TB-VPCP", number: "467", typeCode: "TB", issuerCode: "VPCP" };
 * ```
 */
export const DocumentSymbolSchema = z.object({
  raw: z.string(),
  number: z.string().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  unitCode: z.string().nullable().optional(),
  span: SpanSchema.optional(),
});
/** The number and symbol of a document. */
export type DocumentSymbol = z.infer<typeof DocumentSymbolSchema>;

/** Signing authority: `T/M`/`TM.` on behalf of, `T/L`/`TL.` by order of, `K/T`/`KT.` signing for, `TUQ.` by delegation, `Q.` acting. */
export const SigningAuthoritySchema = z.enum(["onBehalfOf", "byOrderOf", "signingFor", "byDelegation", "acting", "direct"]);
/** Signing authority. */
export type SigningAuthority = z.infer<typeof SigningAuthoritySchema>;

/**
 * The signature block.
 *
 * @example
 * ```ts
 * const sig: Signature = { authority: "byOrderOf", onBehalfOf: "BAN THƯỜNG VỤ", position: "CHÁNH VĂN PHÒNG", name: "Trần Văn An" };
 * ```
 */
export const SignatureSchema = z.object({
  authority: SigningAuthoritySchema,
  onBehalfOf: z.string().nullable(),
  position: z.string().nullable(),
  name: z.string().nullable(),
  span: SpanSchema.optional(),
});
/** The signature block. */
export type Signature = z.infer<typeof SignatureSchema>;

/** A meeting described in the preamble. */
export const MeetingSchema = z.object({
  date: IsoDateSchema.nullable(),
  /** Where it was held (`trụ sở Chính phủ`). */
  place: z.string().nullable().optional(),
  /** Who chaired it, as written (`Phó Thủ tướng Chính phủ Trần Hồng Hà`). */
  chair: z.string().nullable(),
  /** The chair's name alone, when the text gives one. */
  chairName: z.string().nullable().optional(),
  /** The chair's position alone (`Phó Thủ tướng Chính phủ`). */
  chairPosition: z.string().nullable().optional(),
  /** Who attended, shared heads distributed (`lãnh đạo các Bộ: Tài chính, Tư pháp` gives two). */
  attendees: z.array(z.string()).optional(),
  span: SpanSchema.optional(),
});
/** A meeting described in the preamble. */
export type Meeting = z.infer<typeof MeetingSchema>;

/** One line of the `Nơi nhận:` / `Kính gửi:` list. */
export const RecipientSchema = z.object({
  name: z.string(),
  purpose: z.string().nullable(),
  span: SpanSchema,
});
/** One recipient. */
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * Metadata of a notice: header, title, preamble, signature, recipients.
 *
 * @example
 * ```ts
 * const meta = parseNotice(text).meta;
 * console.log(meta.symbol?.raw, meta.issuedOn, meta.signature?.name);
 * ```
 */
export const NoticeMetaSchema = z.object({
  kind: NoticeKindSchema,
  docType: z.string().nullable(),
  symbol: DocumentSymbolSchema.nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: IsoDateSchema.nullable(),
  title: z.string().nullable(),
  meeting: MeetingSchema.nullable(),
  signature: SignatureSchema.nullable(),
  recipients: z.array(RecipientSchema),
  /** The archive line (`Lưu: VT, KTTH (3b)`), without `Lưu`. */
  archive: z.string().nullable(),
  /** The national or party line: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `ĐẢNG CỘNG SẢN VIỆT NAM`. */
  nationalLine: z.string().nullable().optional(),
  /** The body above the issuer in the header (`TỈNH ỦY LÂM ĐỒNG` above `VĂN PHÒNG`). */
  issuerParent: z.string().nullable().optional(),
  /** The subject of a công văn (`V/v triển khai ...`), without `V/v`. */
  subject: z.string().nullable().optional(),
  /** Urgency mark: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`, `HỎA TỐC HẸN GIỜ`. */
  urgency: z.enum(["urgent", "veryUrgent", "flash", "flashTimed"]).nullable().optional(),
  /** Secrecy mark: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`. */
  secrecy: z.enum(["confidential", "secret", "topSecret"]).nullable().optional(),
  /** Addressees of a letter (`Kính gửi:`), in the order written. */
  addressees: z.array(RecipientSchema).optional(),
  /** The sentence that opens the conclusions (`... kết luận như sau:`). */
  opening: z.string().nullable().optional(),
  /** The closing paragraph (`Văn phòng ... thông báo để ... biết, thực hiện./.`). */
  closing: z.string().nullable().optional(),
  /** Every signature block, in the order written (joint documents have several). */
  signatures: z.array(SignatureSchema).optional(),
  /** Appendices (`PHỤ LỤC`), kept apart from the body. */
  appendices: z.array(z.object({ title: z.string(), span: SpanSchema })).optional(),
  /** The date deadlines are resolved against: the issue date, else the meeting date, else the option. */
  referenceDate: IsoDateSchema.nullable(),
});
/** Metadata of a notice. */
export type NoticeMeta = z.infer<typeof NoticeMetaSchema>;

/** The numbering style of a section label. */
export const NumberingSchemeSchema = z.enum([
  "part", "article", "roman", "arabic", "arabicParen", "dotted", "letter", "parenArabic", "parenRoman", "bullet",
]);
/** The numbering style of a section label. */
export type NumberingScheme = z.infer<typeof NumberingSchemeSchema>;

/**
 * A numbered item of the body and what is below it.
 *
 * @example
 * ```ts
 * const tree = parseNotice(text).sections;
 * for (const s of tree) console.log(s.id, s.label, s.heading);
 * ```
 */
export interface SectionNode {
  /** Stable id in the Akoma Ntoso style: `sec_2__subsec_1__item_a`. */
  id: string;
  /** The label as written: `2.1.`, `II.`, `a)`, `-`. */
  label: string;
  scheme: NumberingScheme;
  /** 1 for the outermost level. */
  depth: number;
  /** The heading text, when the item is a heading (`Về kết quả đạt được`). */
  heading?: string | undefined;
  /** The whole item, label to the end of its last child. */
  span: Span;
  children: SectionNode[];
}

/** Schema of {@link SectionNode} (recursive). */
export const SectionNodeSchema: z.ZodType<SectionNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z.string(),
    scheme: NumberingSchemeSchema,
    depth: z.number().int().positive(),
    heading: z.string().optional(),
    span: SpanSchema,
    children: z.array(SectionNodeSchema),
  }),
);

/** What a party is: an organisation, a position holder, a named person, or a collective. */
export const PartyKindSchema = z.enum(["organization", "position", "person", "collective"]);
/** What a party is. */
export type PartyKind = z.infer<typeof PartyKindSchema>;

/**
 * A body or person named in a notice.
 *
 * @example
 * ```ts
 * const p: Party = { name: "Sở Tài chính", canonical: "so tai chinh", kind: "organization" };
 * ```
 */
export const PartySchema = z.object({
  name: z.string(),
  canonical: z.string(),
  kind: PartyKindSchema,
});
/** A body or person named in a notice. */
export type Party = z.infer<typeof PartySchema>;

/** The role a party plays in a task. */
export const RoleSchema = z.enum(["lead", "support", "oversee", "monitor", "reportTo"]);
/** The role a party plays in a task. */
export type Role = z.infer<typeof RoleSchema>;

/**
 * A party with its role in a task.
 *
 * @example
 * ```ts
 * const a: Assignment = { role: "lead", party: { name: "Bộ Tài chính", canonical: "bo tai chinh", kind: "organization" }, inherited: false };
 * ```
 */
export const AssignmentSchema = z.object({
  role: RoleSchema,
  party: PartySchema,
  inherited: z.boolean(),
  span: SpanSchema.optional(),
  ruleId: z.string().optional(),
});
/** A party with its role in a task. */
export type Assignment = z.infer<typeof AssignmentSchema>;

/** The kind of a deadline. */
export const DeadlineKindSchema = z.enum(["by", "on", "during", "within", "event", "recurring", "immediate", "asap", "ongoing"]);
/** The kind of a deadline. */
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/** The unit a resolved deadline is known to. */
export const GrainSchema = z.enum(["day", "tenDays", "month", "quarter", "half", "year", "week"]);
/** The unit a resolved deadline is known to. */
export type Grain = z.infer<typeof GrainSchema>;

/** Whether each part of a date was stated in the text or inferred (as chrono does). */
export const CertaintySchema = z.object({
  day: z.enum(["stated", "inferred"]).optional(),
  month: z.enum(["stated", "inferred"]).optional(),
  year: z.enum(["stated", "inferred"]).optional(),
});
/** Whether each part of a date was stated or inferred. */
export type Certainty = z.infer<typeof CertaintySchema>;

/**
 * When a task must be done, resolved to a date interval where it has dates.
 *
 * @example
 * ```ts
 * const d: Deadline = { kind: "by", end: "2024-06-30", grain: "day", text: "trước ngày 30/6/2024",
 *   span: { start: 10, end: 30 }, certainty: { day: "stated", month: "stated", year: "stated" }, ruleId: "date.numeric" };
 * ```
 */
export const DeadlineSchema = z.object({
  kind: DeadlineKindSchema,
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  grain: GrainSchema.optional(),
  /** For recurring deadlines: the period (`month`, `quarter`, `year`, `week`). */
  period: z.enum(["week", "month", "quarter", "half", "year"]).optional(),
  /** A time of day on the end date, `HH:MM` (`trước 14 giờ ngày 5/3`). */
  time: z.string().regex(/^\d{2}:\d{2}$/u).optional(),
  text: z.string(),
  span: SpanSchema,
  certainty: CertaintySchema,
  ruleId: z.string(),
});
/** When a task must be done. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * What a task must produce, when its text names it: a report, a scheme, a draft decree.
 *
 * @example
 * ```ts
 * const d: Deliverable = { kind: "đề án", text: "Đề án nền tảng dữ liệu dùng chung", to: "Ủy ban nhân dân tỉnh", span: { start: 40, end: 73 } };
 * ```
 */
export const DeliverableSchema = z.object({
  /** The kind of product, lower case: `báo cáo`, `đề án`, `tờ trình`, `dự thảo nghị định`, `kế hoạch`. */
  kind: z.string(),
  /** The product as written. */
  text: z.string(),
  /** Whom it goes to (`trình Ủy ban nhân dân tỉnh`), when the text says. */
  to: z.string().nullable(),
  span: SpanSchema,
});
/** What a task must produce. */
export type Deliverable = z.infer<typeof DeliverableSchema>;

/**
 * One directive: something someone is asked to do.
 *
 * @example
 * ```ts
 * for (const t of parseNotice(text).tasks) {
 *   const lead = t.assignments.filter((a) => a.role === "lead").map((a) => a.party.name);
 *   console.log(t.id, lead.join(", "), t.deadline?.end ?? "");
 * }
 * ```
 */
export const TaskSchema = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
  assignments: z.array(AssignmentSchema),
  deadline: DeadlineSchema.optional(),
  deliverable: DeliverableSchema.optional(),
});
/** One directive. */
export type Task = z.infer<typeof TaskSchema>;

/**
 * A document cited by the notice (`Nghị quyết số 26-NQ/TU ngày 10/7/2023`).
 *
 * @example
 * ```ts
 * const r: Reference = { docType: "Nghị quyết", symbol: "26-NQ/TU", date: "2023-07-10", text: "Nghị quyết số 26-NQ/TU, ngày 10/7/2023", span: { start: 0, end: 38 } };
 * ```
 */
export const ReferenceSchema = z.object({
  docType: z.string().nullable(),
  symbol: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  text: z.string(),
  span: SpanSchema,
  /** The task whose text cites it, if any. */
  taskId: z.string().nullable().optional(),
});
/** A document cited by the notice. */
export type Reference = z.infer<typeof ReferenceSchema>;

/** Why a date or period is named: it bounds a task, or it is one of the kinds that do not. */
export const TemporalRoleSchema = z.enum(["deadline", "citedDocument", "meeting", "issueDate", "reviewPeriod", "qualifier", "horizon", "other"]);
/** Why a date or period is named. */
export type TemporalRole = z.infer<typeof TemporalRoleSchema>;

/**
 * A date or period the body names, with its role: every one a reader sees, deadlines or not
 * (`Nghị quyết số 26-NQ/TU, ngày 10/7/2023` is a cited document's date; `giai đoạn 2021 - 2025`
 * a planning horizon; `kết quả quý I` a period under review).
 *
 * @example
 * ```ts
 * const m: TemporalMention = { role: "horizon", text: "giai đoạn 2021 - 2025", start: "2021-01-01", end: "2025-12-31", span: { start: 10, end: 31 } };
 * ```
 */
export const TemporalMentionSchema = z.object({
  role: TemporalRoleSchema,
  text: z.string(),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  span: SpanSchema,
  /** The task it bounds, for a deadline. */
  taskId: z.string().nullable().optional(),
});
/** A date or period named in the body. */
export type TemporalMention = z.infer<typeof TemporalMentionSchema>;

/**
 * A parsed conclusion notice: the output of {@link parseNotice} and of `ketluan parse --json`.
 *
 * @example
 * ```ts
 * const notice = NoticeSchema.parse(JSON.parse(json));
 * ```
 */
export const NoticeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: NoticeMetaSchema,
  sections: z.array(SectionNodeSchema),
  tasks: z.array(TaskSchema),
  references: z.array(ReferenceSchema),
  /** Every date and period the body names, with its role. */
  temporals: z.array(TemporalMentionSchema).optional(),
  diagnostics: z.array(DiagnosticSchema),
});
/** A parsed conclusion notice. */
export type Notice = z.infer<typeof NoticeSchema>;
