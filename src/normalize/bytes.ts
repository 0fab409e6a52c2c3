import { detectLegacyEncoding } from "./legacy.js";

/** Latin-1 byte for byte (a browser's `iso-8859-1` decoder is Windows-1252, which moves 0x80–0x9F). */
function latin1(bytes: Uint8Array): string {
  let out = "";
  // String.fromCharCode takes its arguments on the stack: go in chunks
  for (let k = 0; k < bytes.length; k += 4096) out += String.fromCharCode(...bytes.subarray(k, k + 4096));
  return out;
}

/**
 * The text of a file's bytes, in Node and in browsers: UTF-8 (with or without BOM), UTF-16 with
 * a BOM; bytes that are not valid UTF-8 are a legacy font encoding (TCVN3 or VNI: returned byte
 * for byte as Latin-1 characters, which `normalize` converts) or else Windows-1258. Null for
 * binary bytes (a NUL outside UTF-16).
 *
 * @example
 * ```ts
 * decodeBytes(new TextEncoder().encode("Thông báo")); // { text: "Thông báo", encoding: "utf-8" }
 * decodeBytes(Uint8Array.from([0x54, 0x68, 0xab, 0x6e, 0x67, 0x20, 0x62, 0xb8, 0x6f])); // { text: "Th«ng b¸o", encoding: "tcvn3" }
 * ```
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) return null;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = latin1(bytes);
    const legacy = detectLegacyEncoding(text);
    if (legacy) return { text, encoding: legacy.encoding };
    return { text: new TextDecoder("windows-1258").decode(bytes), encoding: "windows-1258" };
  }
}
