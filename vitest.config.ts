import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/main.ts"],
      reporter: ["text-summary"],
      // the gate of issue 8: line coverage of src/ at least 90%
      thresholds: { lines: 90, statements: 90 },
    },
  },
});
