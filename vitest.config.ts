import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // the CLI runs in child processes in its tests
      exclude: ["src/cli/**"],
      reporter: ["text-summary"],
      // the gate of issue 8: line coverage of src/ at least 90%
      thresholds: { lines: 90, statements: 90 },
    },
  },
});
