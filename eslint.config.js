import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "docs/api/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      // regexes must stay linear on any input
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      "regexp/prefer-d": "off",
      "regexp/prefer-w": "off",
      "regexp/use-ignore-case": "off",
    },
  },
  {
    files: ["bench/**/*.mjs", "scripts/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/node/**"],
    rules: {
      // the core runs in browsers: no Node built-ins
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "os", "util", "url", "child_process"], message: "the core is browser-safe; Node code lives in src/node or src/cli" }] }],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname"],
    },
  },
);
