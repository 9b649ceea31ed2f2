// Lint is where the architecture is enforced: the pure core cannot reach a host, a screen or the
// network, and no app imports another app (STYLE.md, "boundaries enforced by lint, not by hope").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

const hostPackages = [
  {
    group: ["@microsoft/office-js", "office-js"],
    message: "Le cœur métier ne parle pas à Office : passez par l'adaptateur host.ts de l'application.",
  },
  {
    group: ["@microsoft/teams-js"],
    message: "Le cœur métier ne parle pas à Teams : passez par teams-app/src/host.ts.",
  },
  { group: ["@azure/msal-*"], message: "L'authentification vit dans shared/auth." },
  { group: ["@microsoft/microsoft-graph-client"], message: "Graph vit dans shared/graph." },
  {
    group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
    message: "Pas d'interface dans le cœur métier : elle vit dans shared/ui ou les applications.",
  },
  {
    group: ["**/word-addin/**", "**/excel-addin/**", "**/teams-app/**"],
    message: "Le cœur partagé n'importe pas une application.",
  },
  {
    group: ["node:*", "fs", "path", "os", "child_process"],
    message: "Le cœur métier est pur : les fichiers se lisent dans shared/cli ou shared/docx / shared/xlsx.",
  },
];

const pureCore = [
  "shared/referentiel/**",
  "shared/policies/**",
  "shared/grid/**",
  "shared/agenda/**",
  "shared/indicators/**",
  "shared/dce/**",
  "shared/text/**",
  "shared/i18n/**",
  "shared/errors/**",
];

const otherApps = (self) =>
  ["word-addin", "excel-addin", "teams-app"]
    .filter((app) => app !== self)
    .map((app) => ({
      group: [`**/${app}/**`],
      message: "Une application n'importe pas une autre application : partagez par shared/.",
    }));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "tests/output/**", "coverage/**", "**/*.generated.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["word-addin/**/*.{ts,tsx}", "excel-addin/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: pureCore.map((p) => `${p}/*.ts`).concat(pureCore.map((p) => `${p}.ts`)),
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: hostPackages }],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "fetch",
        "localStorage",
        "indexedDB",
        "Office",
        "Word",
        "Excel",
      ],
      "no-console": "error",
    },
  },
  {
    files: ["word-addin/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: otherApps("word-addin") }] },
  },
  {
    files: ["excel-addin/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: otherApps("excel-addin") }] },
  },
  {
    files: ["teams-app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: otherApps("teams-app") }] },
  },
  prettier,
);
