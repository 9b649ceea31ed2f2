// Security checks on what is actually served and shipped: the headers of every page (the global setup
// builds the product and serves it as `npm start` does) and the content of the built `dist/`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");
const DIST = resolve(import.meta.dirname, "../../dist");

const PAGES = [
  "/",
  "/word-addin/taskpane.html",
  "/excel-addin/taskpane.html",
  "/teams-app/index.html",
  "/teams-app/config.html",
];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("headers of the served pages", () => {
  it.each(PAGES)("%s is served with a strict Content-Security-Policy", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get("content-security-policy") ?? "");
    // Scripts only from our origin: no inline script, no eval, no foreign CDN in a local build.
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    // Network only to our origin, Microsoft Graph, Entra ID and SharePoint.
    expect(csp.get("connect-src")).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      "https://*.sharepoint.com",
    ]);
    // Framed only by Office and Teams hosts, never by any site.
    const ancestors = csp.get("frame-ancestors") ?? [];
    expect(ancestors).toContain("https://teams.microsoft.com");
    expect(ancestors).not.toContain("*");
    expect(ancestors.every((source) => source === "'self'" || source.startsWith("https://"))).toBe(true);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("serves the app icon the home page and the manifests point to", async () => {
    const response = await fetch(`${baseUrl}/assets/icon-32.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
  });
});

// Patterns of credentials that must never reach a public bundle.
const SECRET_PATTERNS: readonly [string, RegExp][] = [
  ["private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/],
  [
    "Entra ID client secret",
    /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
  ],
  ["JSON Web Token", /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  // MSAL names the OAuth parameter itself (`CLIENT_SECRET = "client_secret"`): that is not a value.
  ["client secret assignment", /client_?secret["']?\s*[:=]\s*["'](?!client_secret["'])[^"'\s]{8,}["']/i],
  ["Azure storage key", /AccountKey=[A-Za-z0-9+/=]{40,}/],
  ["SharePoint/Graph bearer token", /Bearer\s+eyJ[A-Za-z0-9_-]{20,}/],
  ["GitHub token", /gh[pousr]_[A-Za-z0-9]{36}/],
  ["AWS access key", /AKIA[0-9A-Z]{16}/],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function findSecrets(dir: string): string[] {
  const findings: string[] = [];
  for (const file of filesUnder(dir)) {
    if (!/\.(js|mjs|map|html|css|json|xml|txt|webmanifest)$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const [label, pattern] of SECRET_PATTERNS) {
      const match = pattern.exec(text);
      if (match) findings.push(`${relative(dir, file)}: ${label} « ${match[0].slice(0, 24)}… »`);
    }
  }
  return findings;
}

describe("the built bundle", () => {
  it("contains no client secret, private key or token (dist/, source maps included)", () => {
    const files = filesUnder(DIST);
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    expect(findSecrets(DIST)).toEqual([]);
  });

  it("the scan does catch a planted secret (so an empty result means something)", () => {
    const dir = mkdtempSync(join(tmpdir(), "spaser-secrets-"));
    try {
      const planted = [
        'const cfg = { clientSecret: "s3cr3t-value-123" };',
        "Abc8Q~abcdefghijklmnopqrstuvwxyz0123456",
        "-----BEGIN PRIVATE KEY-----",
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ",
      ].join("\n");
      writeFileSync(join(dir, "leak.js"), planted);
      expect(findSecrets(dir).map((finding) => finding.split(":")[1]?.trim().split(" «")[0])).toEqual([
        "private key",
        "Entra ID client secret",
        "JSON Web Token",
        "client secret assignment",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
