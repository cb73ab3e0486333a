import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/scripts/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**", "e2e/**"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // `npm test` adds a JSON report of its own (scripts/test.sh) for the closing summary line.
  },
});
