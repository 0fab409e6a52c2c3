// Builds the playground (docs/playground) into a folder of static files: index.html and
// playground.js, the core and mammoth (for .docx) bundled for browsers into one script.
// `npm run docs` puts it beside the API docs: docs/api/playground/.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles the playground into `outDir`; resolves to the files written. */
export async function buildPlayground(outDir) {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "docs/playground/playground.ts")],
    outdir: outDir,
    entryNames: "playground",
    bundle: true,
    // one classic script: the page then works from file:// too, where module scripts are refused
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    loader: { ".txt": "text" },
    // mammoth's browser build still names a Node module it never calls in a browser
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  copyFileSync(join(root, "docs/playground/index.html"), join(outDir, "index.html"));
  return [join(outDir, "index.html"), join(outDir, "playground.js")];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(root, "docs/api/playground"));
  await buildPlayground(out);
  console.log(`playground: built in ${out}`);
}
