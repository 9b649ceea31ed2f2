import { defineConfig } from "vitest/config";

// Two projects: `unit` is pure and fast (npm test); `e2e` needs Chromium, LibreOffice and a build
// (npm run test:e2e, also run by .ci/run). Tests live beside the code they pin.
export default defineConfig({
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "shared/**/*.test.{ts,tsx}",
            "word-addin/**/*.test.{ts,tsx}",
            "excel-addin/**/*.test.{ts,tsx}",
            "teams-app/**/*.test.{ts,tsx}",
            "manifest/**/*.test.ts",
            "tests/unit/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
