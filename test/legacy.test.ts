// Legacy font encodings: text that this test encodes into TCVN3 (ABC) and VNI with the code
// tables of src/lexicon/legacy.ts converts back; correct Unicode is never converted.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeLegacy, detectLegacyEncoding, normalize, parseNotice } from "../src/index.js";
import { TCVN3_CAPITALS, TCVN3_CODES, VIETNAMESE_LOWER, VNI_LOWER } from "../src/lexicon/legacy.js";
import { decodeText } from "../src/node/index.js";

const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
const TONED_CAPITAL = /^[\u00c0-\u00dd\u0102\u0110\u0128\u0168\u01a0\u01af\u1ea0-\u1ef8]$/u;

/** Unicode → TCVN3 (VN3): a toned capital takes its lower-case code, as typed in a capitals font. */
function toTcvn3(text: string): string {
  return [...text]
    .map((c) => {
      const capital = TCVN3_CAPITALS[c];
      if (capital) return capital;
      const i = VIETNAMESE_LOWER.indexOf(c.toLowerCase());
      return i >= 0 ? TCVN3_CODES.charAt(i) : c;
    })
    .join("");
}

/** Unicode → VNI: every letter as its base and sign, capitals as the upper case of both. */
function toVni(text: string): string {
  return [...text]
    .map((c) => {
      const seq = VNI_LOWER[c.toLowerCase()];
      if (!seq) return c;
      return c === c.toLowerCase() ? seq : seq.toUpperCase();
    })
    .join("");
}

/**
 * What VN3 can carry of a text: a toned capital that starts a word in small letters (`Ủy`) has no
 * code of its own and reads back in small letters; capitals in words of capitals come back.
 */
function vn3View(text: string): string {
  return text.replace(/\S+/gu, (w) => {
    const first = w.charAt(0);
    const capital = TONED_CAPITAL.test(first) && !(first in TCVN3_CAPITALS);
    return capital && /\p{Ll}/u.test(w.slice(1)) ? first.toLowerCase() + w.slice(1) : w;
  });
}

describe("code tables", () => {
  it("give each of the 67 small letters one TCVN3 code in the Latin-1 range, and 7 capitals", () => {
    expect([...VIETNAMESE_LOWER]).toHaveLength(67);
    expect(new Set(TCVN3_CODES).size).toBe(67);
    const all = [...TCVN3_CODES, ...Object.values(TCVN3_CAPITALS)];
    expect(new Set(all).size).toBe(74);
    for (const c of all) expect(c.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    for (const c of all) expect(c.charCodeAt(0)).toBeLessThanOrEqual(0xff);
  });

  it("give every small letter a distinct VNI spelling of Latin-1 characters", () => {
    expect(Object.keys(VNI_LOWER).sort().join("")).toBe([...VIETNAMESE_LOWER].sort().join(""));
    expect(new Set(Object.values(VNI_LOWER)).size).toBe(67);
    for (const seq of Object.values(VNI_LOWER)) for (const c of seq) expect(c.charCodeAt(0)).toBeLessThanOrEqual(0xff);
  });
});

describe("round trips through the demo notice", () => {
  it("TCVN3: converts back to what VN3 holds of it", () => {
    const encoded = toTcvn3(demo);
    expect(encoded).not.toBe(demo);
    const back = decodeLegacy(encoded);
    expect(back?.detection.encoding).toBe("tcvn3");
    expect(back?.detection.confidence).toBeGreaterThanOrEqual(0.9);
    expect(back?.text).toBe(vn3View(demo));
  });

  it("VNI: converts back exactly, capitals included", () => {
    const encoded = toVni(demo);
    const back = decodeLegacy(encoded);
    expect(back?.detection.encoding).toBe("vni");
    expect(back?.text).toBe(demo);
  });

  it.each([
    ["tcvn3", toTcvn3],
    ["vni", toVni],
  ] as const)("%s: normalize converts, says so, and maps every span into the input", (encoding, encode) => {
    const encoded = encode(demo);
    const norm = normalize(encoded);
    const diag = norm.diagnostics.find((d) => d.code === "normalize.encodingConverted");
    expect(diag?.message).toContain(encoding === "tcvn3" ? "TCVN3" : "VNI");
    expect(norm.text).toBe(normalize(encoding === "tcvn3" ? vn3View(demo) : demo).text);
    // a word of the output and the input slice it maps to hold the same letters
    for (const word of ["Khoa học và Công nghệ", "trước ngày", "hằng tháng"]) {
      const at = norm.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = norm.toInputSpan({ start: at, end: at + word.length });
      expect(decodeLegacy(encoded.slice(span.start, span.end) + " " + encode("đường quốc lộ"))?.text.split(" đường")[0]).toBe(word);
    }
  });

  it("parses the same tasks from the VNI notice as from the Unicode one", () => {
    const fromVni = parseNotice(toVni(demo));
    const fromUnicode = parseNotice(demo);
    expect(fromVni.tasks.map((t) => [t.text, t.deadline?.end, t.assignments.map((a) => a.party.name)])).toEqual(
      fromUnicode.tasks.map((t) => [t.text, t.deadline?.end, t.assignments.map((a) => a.party.name)]),
    );
  });
});

describe("what is not converted", () => {
  it.each([
    ["Unicode Vietnamese", "Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh"],
    ["Unicode lines with only Latin-1 letters", "Cà Mau\nLào Cai\nTây Ninh\nBà Đen"],
    ["French", "Réunion à Hà Nội: la coopération économique"],
    ["German", "Größenordnung der Übergänge für Behörden"],
    ["signs", "© 2024 · 45° · ½ · § 3 · « trích dẫn »"],
    ["one legacy word alone", "Báo cáo Th«ng"],
  ])("%s", (_label, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(normalize(text).diagnostics.map((d) => d.code)).not.toContain("normalize.encodingConverted");
  });

  it("converts only the legacy lines of a mixed text", () => {
    const head = "ỦY BAN NHÂN DÂN TỈNH\nSố: 12/TB-UBND";
    const body = "1. Giao Sở Tài chính chủ trì, báo cáo trước ngày 15/4/2025.";
    const back = decodeLegacy(`${head}\n${toTcvn3(body)}`);
    expect(back?.detection.lines).toBe(1);
    expect(back?.text).toBe(`${head}\n${body}`);
  });

  it("is idempotent on converted text", () => {
    const once = normalize(toTcvn3(demo)).text;
    expect(normalize(once).text).toBe(once);
    expect(detectLegacyEncoding(once)).toBeNull();
  });
});

describe("bytes of a legacy file", () => {
  it("are read one to one as Latin-1 and named by their encoding", () => {
    const bytes = Buffer.from(toTcvn3("Giao Sở Tài chính chủ trì, phối hợp với các sở"), "latin1");
    expect(decodeText(bytes)).toEqual({ text: bytes.toString("latin1"), encoding: "tcvn3" });
    expect(decodeText(Buffer.from(toVni("Giao Sở Tài chính chủ trì, phối hợp với các sở"), "latin1")).encoding).toBe("vni");
  });

  it("are read the same by the browser-safe core: Latin-1 byte for byte, null for binary", () => {
    const bytes = Buffer.from(toTcvn3("Giao Sở Tài chính chủ trì, phối hợp với các sở"), "latin1");
    expect(decodeBytes(bytes)).toEqual({ text: bytes.toString("latin1"), encoding: "tcvn3" });
    expect(decodeBytes(Uint8Array.from([0x41, 0, 0x42]))).toBeNull();
  });

  it("fall back to Windows-1258 when they are not a font encoding", () => {
    // `Tiềng` in Windows-1258: ê (0xEA), then the combining grave (0xCC)
    const decoded = decodeText(Uint8Array.from([0x54, 0x69, 0xea, 0xcc, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74]));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text.normalize("NFC")).toBe("Tiềng Việt");
  });
});
