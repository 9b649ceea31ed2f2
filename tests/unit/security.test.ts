// Source-level security rules that lint cannot express: where tokens may live, where MSAL may be used,
// and that the documented configuration holds no secret.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may explain why localStorage is avoided). */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

const productSources = ["shared", "word-addin", "excel-addin", "teams-app"].flatMap((dir) =>
  sources(resolve(ROOT, dir)),
);

describe("tokens and sign-in", () => {
  it("sign-in, Graph and configuration code never touch localStorage (tokens stay in session storage)", () => {
    const offenders = productSources
      .filter((file) => /shared\/(auth|graph|config)\//.test(file))
      .filter((file) => /\blocalStorage\b/.test(code(file)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("only shared/auth imports MSAL: one sign-in service, one cache policy", () => {
    const offenders = productSources
      .filter((file) => /from ["']@azure\/msal-/.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file))
      .filter((file) => !file.startsWith("shared/auth/"));
    expect(offenders).toEqual([]);
  });

  it("MSAL is configured with sessionStorage, never localStorage", () => {
    const service = readFileSync(resolve(ROOT, "shared/auth/sign-in-service.ts"), "utf8");
    expect(service).toContain('cacheLocation: "sessionStorage"');
    expect(service).not.toMatch(/cacheLocation:\s*["']localStorage/);
  });
});

describe("configuration", () => {
  const example = readFileSync(resolve(ROOT, ".env.example"), "utf8");
  const assignments = example
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split("=") as [string, string]);

  it(".env.example documents every variable the configuration reads", () => {
    const config = readFileSync(resolve(ROOT, "shared/config/config.ts"), "utf8");
    const read = [...new Set(config.match(/VITE_SPASER_[A-Z_]+/g) ?? [])].sort();
    expect(
      assignments
        .map(([name]) => name)
        .filter((name) => name.startsWith("VITE_"))
        .sort(),
    ).toEqual(read);
  });

  it(".env.example holds no secret, and no variable asks for one", () => {
    expect(assignments.filter(([name]) => /SECRET|PASSWORD|KEY|TOKEN/.test(name))).toEqual([]);
    expect(assignments.filter(([, value]) => value.length > 0 && !value.startsWith("https://"))).toEqual([]);
  });
});
