// Packaging gate (run by .ci/run after the build): the packed tarball passes publint and
// @arethetypeswrong/cli; installed in an empty project it imports from ESM and CJS, its bin
// runs, and a browser bundle of the core entry pulls no Node built-in and stays in its budget.
// The built files keep their pattern literals (a rewritten one is rebuilt at every call).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Minified and gzipped size allowed for the core entry in a browser bundle (date-fns included; the
 * zod schemas drop out when unused). The word lists and rules grow with what the parser reads
 * (42 KB early in November 2026, 48.7 KB at its end: the rules and word lists grow about 1-2 KB
 * a month); the budget leaves room for that and still fails when a dependency slips in (with its
 * schemas kept, zod takes the bundle to some 137 KB). Raise it only for the parser's own growth.
 */
const CORE_BUDGET_GZIP = 56 * 1024;

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "package-check");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const step = (name) => console.log(`package: ${name}`);

const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work]));
const tarball = join(work, packed.filename);
step(`packed ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB)`);

run("npx", ["publint", "run", tarball, "--strict"]);
step("publint clean");
run("npx", ["attw", tarball, "--profile", "node16", "--format", "ascii"]);
step("attw clean");

// a pattern literal the build rewrote into `new RegExp("...")` is built again on every run of its
// line (esbuild does this for `\p{...}` under a node target): the shipped code must keep literals
const dist = join(root, "dist");
const lowered = readdirSync(dist).filter((f) => /\.c?js$/u.test(f) && readFileSync(join(dist, f), "utf8").includes('new RegExp("'));
if (lowered.length > 0) throw new Error(`pattern literals rewritten into new RegExp calls in ${lowered.join(", ")}: check the build target`);
step("pattern literals kept as literals");

const app = join(work, "app");
mkdirSync(app);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "smoke", version: "1.0.0", private: true }));
run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline"], app);
const notice = "Số: 5/TB-UBND\nNgày 5 tháng 3 năm 2024\n1. Giao Sở Tài chính chủ trì rà soát, báo cáo trước ngày 30/6/2024.";
writeFileSync(join(app, "esm.mjs"), `import { parseNotice } from "ketluan";\nimport { readNoticeFile } from "ketluan/node";\nif (typeof readNoticeFile !== "function") throw new Error("ketluan/node");\nconst n = parseNotice(${JSON.stringify(notice)});\nif (n.tasks[0]?.deadline?.end !== "2024-06-30") throw new Error(JSON.stringify(n.tasks));\nconsole.log("esm ok");\n`);
writeFileSync(join(app, "cjs.cjs"), `const { parseNotice } = require("ketluan");\nconst { parseNoticeFile } = require("ketluan/node");\nif (typeof parseNoticeFile !== "function") throw new Error("ketluan/node");\nconst n = parseNotice(${JSON.stringify(notice)});\nif (n.tasks[0]?.assignments[0]?.party.name !== "Sở Tài chính") throw new Error(JSON.stringify(n.tasks));\nconsole.log("cjs ok");\n`);
run("node", ["esm.mjs"], app);
step("ESM import works");
run("node", ["cjs.cjs"], app);
step("CJS require works");
const demo = run(join(app, "node_modules", ".bin", "ketluan"), ["demo"], app);
if (!demo.includes("Sở")) throw new Error(`ketluan demo printed: ${demo.slice(0, 200)}`);
step("bin `ketluan demo` runs");

writeFileSync(join(app, "browser.mjs"), `import { parseNotice } from "ketluan";\nglobalThis.result = parseNotice(${JSON.stringify(notice)}).tasks.length;\n`);
const out = await build({ entryPoints: [join(app, "browser.mjs")], bundle: true, minify: true, platform: "browser", format: "esm", write: false, absWorkingDir: app, logLevel: "silent", metafile: true });
const code = out.outputFiles[0].contents;
const nodeInputs = Object.keys(out.metafile.inputs).filter((p) => /(?:^|\/)node:|\/src\/node\//u.test(p));
if (nodeInputs.length > 0) throw new Error(`browser bundle pulls Node code: ${nodeInputs.join(", ")}`);
const gz = gzipSync(code).length;
step(`browser bundle ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (budget ${CORE_BUDGET_GZIP / 1024} KB)`);
if (gz > CORE_BUDGET_GZIP) throw new Error(`core entry over its size budget: ${gz} > ${CORE_BUDGET_GZIP} bytes gzipped`);
// the bundle must run where there is no process, no require and no Buffer
const sandbox = join(app, "bundle.mjs");
writeFileSync(sandbox, `delete globalThis.process; delete globalThis.Buffer; delete globalThis.require;\n${Buffer.from(code).toString("utf8")}\nif (globalThis.result !== 1) throw new Error("browser bundle parsed " + globalThis.result + " tasks");\n`);
run("node", [sandbox], app);
step("browser bundle runs without Node globals");
console.log(`package: all checks passed (${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version})`);
