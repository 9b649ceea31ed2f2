import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { officeJs } from "./scripts/vite-office-js.ts";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { customFunctionsMetadata } from "./scripts/custom-functions.ts";

// SPASER_TARGET=production builds the pages published to the production host (Office.js from the CDN).
const target = process.env.SPASER_TARGET === "production" ? "production" : "local";

const pages = {
  home: "index.html",
  word: "word-addin/taskpane.html",
  excel: "excel-addin/taskpane.html",
  teams: "teams-app/index.html",
  teamsConfig: "teams-app/config.html",
  // MSAL v5 redirect bridge (SPA redirect URI `{baseUrl}/auth/redirect.html`, shared/auth/redirect-main.ts).
  authRedirect: "auth/redirect.html",
};

// Same headers on every page, the redirect bridge included. Never add Cross-Origin-Opener-Policy here:
// it would cut the sign-in popup off from its opener on /auth/redirect.html (MSAL v5 redirect bridge).
const securityHeaders = {
  "Content-Security-Policy": contentSecurityPolicy(target),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export default defineConfig({
  // Several pages, no client-side router: an unknown path is a 404, not the home page.
  appType: "mpa",
  plugins: [react(), officeJs(target), customFunctionsMetadata()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // exceljs and docx chunks are large but loaded on demand; the start-up budget per app (250 kB gzip)
    // is what matters and `npm run bench -- bundle` enforces it.
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
    rolldownOptions: {
      input: Object.fromEntries(
        Object.entries(pages).map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
      ),
    },
  },
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true, headers: securityHeaders },
});
