// Offline validation of the generated manifests (dev and prod), as `npm run manifests` writes them.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import {
  APP_IDS,
  buildManifests,
  manifestSettings,
  readAsset,
  validateIcon,
  validateOfficeManifest,
  validateTeamsManifest,
  type ManifestBuild,
} from "./index";

const CLIENT_ID = "6f1c2b3a-1111-4222-8333-944455556666";
const env = { VITE_SPASER_CLIENT_ID: CLIENT_ID, SPASER_PROD_BASE_URL: "https://spaser.valence-romans.fr" };
const dev = manifestSettings("dev", env);
const prod = manifestSettings("prod", env);
const fixtures = resolve(import.meta.dirname, "../tests/fixtures/manifest");

function text(build: ManifestBuild, path: string): string {
  const file = build.files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} not generated`);
  return new TextDecoder().decode(file.bytes);
}

function xml(source: string) {
  const doc = new DOMParser().parseFromString(source, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("no root");
  return root;
}

describe.each([
  ["dev", dev],
  ["prod", prod],
])("%s manifests", (_name, settings) => {
  it("validate with no problem: well-formed XML, required elements, Teams schema, icon sizes", async () => {
    const build = await buildManifests(settings);
    expect(build.problems).toEqual([]);
    expect(build.files.map((f) => f.path)).toEqual([
      "word-manifest.xml",
      "excel-manifest.xml",
      "teams/manifest.json",
      "teams/color-192.png",
      "teams/outline-32.png",
      `spaser-365-teams-${settings.environment}.zip`,
    ]);
  });

  it("declare the Word add-in on WordApi 1.3 with a ribbon button, 16/32/80 icons and NAA/SSO info", async () => {
    const root = xml(text(await buildManifests(settings), "word-manifest.xml"));
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    const sets = Array.from(root.getElementsByTagName("Set")).map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toEqual([["WordApi", "1.3"]]);
    expect(root.getElementsByTagName("Control")[0]?.getAttribute("xsi:type")).toBe("Button");
    expect(
      root.getElementsByTagName("WebApplicationInfo")[0]?.getElementsByTagName("Id")[0]?.textContent,
    ).toBe(CLIENT_ID);
    const domains = Array.from(root.getElementsByTagName("AppDomain")).map((d) => d.textContent);
    expect(domains).toEqual(["https://login.microsoftonline.com"]);
  });

  it("declare the Excel shared runtime and the SPASER custom functions", async () => {
    const root = xml(text(await buildManifests(settings), "excel-manifest.xml"));
    const runtime = root.getElementsByTagName("Runtime")[0];
    expect(runtime?.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime?.getAttribute("lifetime")).toBe("long");
    const urls = Object.fromEntries(
      Array.from(root.getElementsByTagName("bt:Url")).map((u) => [
        u.getAttribute("id"),
        u.getAttribute("DefaultValue"),
      ]),
    );
    expect(urls["Taskpane.Url"]).toBe(`${settings.baseUrl}/excel-addin/taskpane.html`);
    expect(urls["Functions.Metadata.Url"]).toBe(`${settings.baseUrl}/excel-addin/functions.json`);
    const strings = Array.from(root.getElementsByTagName("bt:String"));
    expect(
      strings.find((s) => s.getAttribute("id") === "Functions.Namespace")?.getAttribute("DefaultValue"),
    ).toBe("SPASER");
  });

  it("package the Teams app: personal tab, configurable tab for channels, chats and meetings, stage RSC", async () => {
    const build = await buildManifests(settings);
    const zipFile = build.files.find((f) => f.path.endsWith(".zip"));
    const zip = await JSZip.loadAsync(zipFile?.bytes ?? new Uint8Array());
    expect(Object.keys(zip.files).sort()).toEqual(["color-192.png", "manifest.json", "outline-32.png"]);
    const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}");
    expect(manifest.staticTabs[0]).toMatchObject({
      contentUrl: `${settings.baseUrl}/teams-app/index.html?view=content`,
      scopes: ["personal"],
    });
    expect(manifest.configurableTabs[0]).toMatchObject({
      configurationUrl: `${settings.baseUrl}/teams-app/config.html`,
      scopes: ["team", "groupChat"],
      context: [
        "channelTab",
        "privateChatTab",
        "meetingChatTab",
        "meetingDetailsTab",
        "meetingSidePanel",
        "meetingStage",
      ],
    });
    expect(manifest.validDomains).toEqual([new URL(settings.baseUrl).host]);
    expect(manifest.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: `api://${new URL(settings.baseUrl).host}/${CLIENT_ID}`,
    });
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "MeetingStage.Write.Chat", type: "Delegated" },
    ]);
    const icon = PNG.sync.read(
      Buffer.from(await (zip.file("color-192.png")?.async("uint8array") ?? new Uint8Array())),
    );
    expect([icon.width, icon.height]).toEqual([192, 192]);
  });

  it("keeps the same ids, and the same bytes, from one build to the next", async () => {
    const [first, second] = [await buildManifests(settings), await buildManifests(settings)];
    expect(second.files).toEqual(first.files);
    const teams = JSON.parse(text(first, "teams/manifest.json"));
    expect(teams.id).toBe(APP_IDS[settings.environment].teams);
    expect(xml(text(first, "word-manifest.xml")).getElementsByTagName("Id")[0]?.textContent).toBe(
      APP_IDS[settings.environment].word,
    );
  });
});

describe("production manifests", () => {
  it("use only HTTPS URLs on the configured origin (plus Entra ID), never localhost", async () => {
    const build = await buildManifests(prod);
    const all = build.files
      .filter((f) => !f.path.endsWith(".png") && !f.path.endsWith(".zip"))
      .map((f) => new TextDecoder().decode(f.bytes))
      .join("\n");
    const urls = all.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const foreign = urls.filter(
      (u) =>
        !u.startsWith("https://spaser.valence-romans.fr/") &&
        !u.startsWith("https://login.microsoftonline.com") &&
        !u.startsWith("https://developer.microsoft.com/json-schemas/") &&
        !u.startsWith("http://schemas.microsoft.com/office/") && // XML namespaces, not fetched
        u !== "http://www.w3.org/2001/XMLSchema-instance",
    );
    expect(foreign).toEqual([]);
    expect(all).not.toContain("localhost");
  });

  it("refuses a non-HTTPS production origin with a clear message", () => {
    expect(() => manifestSettings("prod", { SPASER_PROD_BASE_URL: "http://spaser.example.fr" })).toThrow(
      "SPASER_PROD_BASE_URL « http://spaser.example.fr » invalide : une origine HTTPS sans chemin est attendue",
    );
  });

  it("leaves WebApplicationInfo out, and still validates, when no client id is configured", async () => {
    const unsigned = manifestSettings("prod", {});
    const build = await buildManifests(unsigned);
    expect(build.problems).toEqual([]);
    expect(text(build, "word-manifest.xml")).not.toContain("WebApplicationInfo");
    expect(unsigned.baseUrl).toBe("https://spaser.example.fr");
  });
});

describe("icons", () => {
  it.each([
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["icon-128.png", 128],
    ["color-192.png", 192],
  ])("%s is %i px square", (file, size) => {
    const png = PNG.sync.read(Buffer.from(readAsset(file)));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it("the Teams outline icon is 32×32, white on transparent", () => {
    expect(validateIcon("outline-32.png", readAsset("outline-32.png"), { size: 32, outline: true })).toEqual(
      [],
    );
    expect(validateIcon("icon-32.png", readAsset("icon-32.png"), { size: 32, outline: true })).toEqual([
      "icon-32.png : l'icône de contour Teams doit être blanche sur fond transparent.",
    ]);
  });
});

describe("deliberately broken manifests fail with a clear message", () => {
  it("a Teams manifest missing its accent colour, with an HTTP URL and an unknown context", () => {
    const broken = JSON.parse(readFileSync(resolve(fixtures, "broken-teams.json"), "utf8"));
    const problems = validateTeamsManifest("broken-teams.json", broken, prod);
    expect(problems).toContain(
      "broken-teams.json : (racine) must have required property 'accentColor' — schéma Teams v1.25.",
    );
    expect(problems).toContain(
      "broken-teams.json : URL non HTTPS « http://spaser.example.fr/teams-app/config.html ».",
    );
    expect(problems.some((p) => p.includes("/configurableTabs/0/context/6"))).toBe(true);
  });

  it("a Word manifest that is not well-formed XML", () => {
    const source = readFileSync(resolve(fixtures, "broken-word-unclosed.xml"), "utf8");
    const problems = validateOfficeManifest("broken-word-unclosed.xml", source, "word", prod);
    expect(problems).toEqual([
      'broken-word-unclosed.xml : XML mal formé — Opening and ending tag mismatch: "DisplayName" != "OfficeApp"',
    ]);
  });

  it("a Word manifest without requirement sets, pointing at localhost", () => {
    const source = readFileSync(resolve(fixtures, "broken-word-missing-requirements.xml"), "utf8");
    const settings = manifestSettings("prod", { VITE_SPASER_CLIENT_ID: CLIENT_ID });
    expect(validateOfficeManifest("broken-word-missing-requirements.xml", source, "word", settings)).toEqual([
      "broken-word-missing-requirements.xml : élément obligatoire <Requirements> absent de <OfficeApp>.",
      "broken-word-missing-requirements.xml : ensemble de conditions requis « WordApi 1.3 » absent.",
      "broken-word-missing-requirements.xml : URL non HTTPS « http://localhost:3000/word-addin/taskpane.html ».",
    ]);
  });
});
