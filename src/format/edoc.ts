import type { Notice, SigningAuthority } from "../model/schema.js";

/**
 * A notice's metadata in the fields of the electronic document exchange format (Decree
 * 30/2020/NĐ-CP, appendix VI; the names follow its XML elements), ready for a document
 * management system.
 *
 * @example
 * ```ts
 * const e: EdocMetadata = toEdocMetadata(parseNotice(text));
 * e.CodeNumber;   // "467"
 * e.CodeNotation; // "TB-VPCP"
 * ```
 */
export interface EdocMetadata {
  /** The number (`Số`), without the notation. */
  CodeNumber: string | null;
  /** The notation after the number: `TB-VPCP`, `TB/TU`. */
  CodeNotation: string | null;
  /** Issue date, `YYYY-MM-DD`. */
  IssuedDate: string | null;
  /** Place of issue (`Hà Nội`). */
  Place: string | null;
  /** The issuing body. */
  OrganName: string | null;
  /** The body above the issuer, when the header names one. */
  OrganInCharge: string | null;
  /** Document type code (`TB`, `KL`, `CV`), from the symbol. */
  DocumentType: string | null;
  /** Document type name (`Thông báo`). */
  DocumentTypeName: string | null;
  /** The subject: the `V/v` line of a công văn, else the title. */
  Subject: string | null;
  /** Every signer, with the competence abbreviation (`KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`; empty when signing directly). */
  SignerInfo: Array<{ Competence: string; Position: string | null; FullName: string | null }>;
  /** Recipients (`Nơi nhận`, then `Kính gửi`), without the archive line. */
  To: string[];
  /** 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ. */
  Priority: 0 | 1 | 2 | 3 | 4;
  /** 0 none, 1 mật, 2 tối mật, 3 tuyệt mật. */
  SecurityLevel: 0 | 1 | 2 | 3;
}

const COMPETENCE: Readonly<Record<SigningAuthority, string>> = {
  onBehalfOf: "TM.", signingFor: "KT.", byOrderOf: "TL.", byDelegation: "TUQ.", acting: "Q.", direct: "",
};
const PRIORITY = { urgent: 1, veryUrgent: 2, flash: 3, flashTimed: 4 } as const;
const SECURITY = { confidential: 1, secret: 2, topSecret: 3 } as const;

/**
 * Maps a parsed notice to the metadata fields of the electronic document exchange format
 * (Decree 30/2020/NĐ-CP, appendix VI). Pure.
 *
 * @example
 * ```ts
 * import { parseNotice, toEdocMetadata } from "ketluan";
 * const edoc = toEdocMetadata(parseNotice(text));
 * console.log(edoc.CodeNumber, edoc.CodeNotation, edoc.IssuedDate, edoc.SignerInfo[0]?.FullName);
 * ```
 */
export function toEdocMetadata(notice: Notice): EdocMetadata {
  const m = notice.meta;
  const raw = m.symbol?.raw ?? null;
  const number = m.symbol?.number ?? null;
  // the notation is what follows the number and its separator: `467/TB-VPCP` → `TB-VPCP`
  const notation = raw === null ? null : number && raw.startsWith(number) ? raw.slice(number.length).replace(/^[-/]/u, "") || null : raw.replace(/^[-/]/u, "") || null;
  const signatures = m.signatures ?? (m.signature ? [m.signature] : []);
  return {
    CodeNumber: number,
    CodeNotation: notation,
    IssuedDate: m.issuedOn,
    Place: m.place,
    OrganName: m.issuer,
    OrganInCharge: m.issuerParent ?? null,
    DocumentType: m.symbol?.typeCode ?? null,
    DocumentTypeName: m.docType,
    Subject: m.subject ?? m.title,
    SignerInfo: signatures.map((s) => ({ Competence: COMPETENCE[s.authority], Position: s.position, FullName: s.name })),
    To: [...m.recipients.map((r) => r.name), ...(m.addressees ?? []).map((r) => r.name)],
    Priority: m.urgency ? PRIORITY[m.urgency] : 0,
    SecurityLevel: m.secrecy ? SECURITY[m.secrecy] : 0,
  };
}
