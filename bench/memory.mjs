// Child of bench/run.mjs: reads a notice on stdin, parses it once, prints the resident-set peak
// the parse added over the process's size just before it.
import { readFileSync } from "node:fs";
import { parseNotice } from "../dist/index.js";

const input = readFileSync(0, "utf8");
parseNotice(input.slice(0, 2000)); // load and compile the code first
globalThis.gc?.();
const before = process.memoryUsage().rss;

parseNotice(input);
const peakAfter = process.resourceUsage().maxRSS * 1024;


// an upper bound: reading stdin may have set the peak before the parse began
console.log(JSON.stringify({ inputBytes: Buffer.byteLength(input), peakBytes: Math.max(0, peakAfter - before) }));
