import { readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

// Every zod call in the model builds a schema object and nothing else. Marking the calls pure
// lets a bundler drop the schemas (and zod) from an app that only parses.
const pureSchemas: Plugin = {
  name: "pure-zod-schemas",
  setup(build) {
    // esbuild takes a Go regular expression here: no `u` flag
    build.onLoad({ filter: /[\\/]model[\\/]schema\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      // doc comments (lines starting with `*`) are left as they are
      const contents = source.split("\n").map((line) => (/^\s*\*/u.test(line) ? line : line.replace(/(?<![\w.])(z|[A-Z]\w*Schema)\.(?=\w+\()/gu, "/* @__PURE__ */ $1."))).join("\n");
      return { contents, loader: "ts" };
    });
  },
};

export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    // es2022, not node20: for a node target esbuild rewrites every pattern with `\p{...}` into a
    // `new RegExp(...)` call, which then builds the pattern again each time its line runs
    target: "es2022",
    platform: "neutral",
    external: ["node:fs", "node:path", "node:util", "node:url", "node:process"],
    esbuildPlugins: [pureSchemas],
    // ship the JSON Schema of the output, generated from the zod schemas just built
    async onSuccess() {
      const { noticeJsonSchema } = (await import(`${process.cwd()}/dist/index.js`)) as { noticeJsonSchema: () => unknown };
      await writeFile("dist/notice.schema.json", `${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    },
  },
  {
    entry: { cli: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
