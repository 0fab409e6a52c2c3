// The character helpers the hot loops use in place of patterns: each must answer as the pattern it replaces.
import { describe, expect, it } from "vitest";
import { isLetterUnit, isLowerUnit, isUpperUnit, wordStartMatch } from "../src/lexicon/text.js";

/** Every match the same pattern finds with a leading lookbehind, as `[index, text]`. */
function withLookbehind(source: string, s: string): Array<[number, string]> {
  return [...s.matchAll(new RegExp(`(?<![\\p{L}\\d])(?:${source})`, "gu"))].map((m) => [m.index, m[0]]);
}

function withWordStart(source: string, s: string): Array<[number, string]> {
  const re = new RegExp(`(?:${source})`, "gu");
  const out: Array<[number, string]> = [];
  for (let m = wordStartMatch(re, s); m; m = wordStartMatch(re, s, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

describe("wordStartMatch finds what a leading (?<![\\p{L}\\d]) finds", () => {
  const cases: Array<[string, string, string]> = [
    ["a word at the start", "năm \\d{4}", "năm 2025 và năm 2026"],
    ["glued to a letter before", "năm \\d{4}", "hằngnăm 2025, năm 2026"],
    ["glued to a digit before", "\\d{1,2}/\\d{4}", "123/2025 và 12/2025"],
    ["a shorter match inside a rejected one", "báo cáo|cáo", "báocáo cáo"],
    ["after punctuation and quotes", "quý (?:I|II|III|IV)", "(quý II), “quý III”"],
    ["a letter outside the BMP before", "năm \\d{4}", "\u{1D400}năm 2025 năm 2026"],
    ["nothing", "năm \\d{4}", "không có"],
    ["overlapping candidates", "ab|b", "ab b aab"],
  ];
  it.each(cases)("%s", (_name, source, s) => {
    expect(withWordStart(source, s)).toEqual(withLookbehind(source, s));
  });
  it("starts where it is told", () => {
    expect(wordStartMatch(/năm \d{4}/gu, "năm 2024 năm 2025", 1)?.index).toBe(9);
  });
});

describe("letter units", () => {
  const cases: Array<[string, boolean, boolean]> = [
    ["A", true, false], ["Đ", true, false], ["Ữ", true, false],
    ["a", false, true], ["đ", false, true], ["ự", false, true],
    ["1", false, false], [" ", false, false], ["-", false, false], ["“", false, false],
  ];
  it.each(cases)("%s", (ch, upper, lower) => {
    const c = ch.charCodeAt(0);
    expect([isUpperUnit(c), isLowerUnit(c), isLetterUnit(c)]).toEqual([upper, lower, upper || lower]);
  });
});
