// Offline checks of generated manifests, run by `npm test` and before `npm run manifests` writes
// anything: XML well-formed with the required elements, prod URLs all HTTPS on the configured origin,
// the Teams manifest against the JSON schema shipped in @microsoft/app-manifest, icon sizes from the
// PNG headers. Each problem is a French sentence naming the file and what to fix.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DOMParser, type Element } from "@xmldom/xmldom";
// reason: the Teams schemas are JSON Schema draft-04, which Ajv 8 reads only through ajv-draft-04
// (installed with @microsoft/app-manifest, which validates the same way).
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { PNG } from "pngjs";
import type { ManifestSettings } from "./config";
import { TEAMS_SCHEMA_VERSION } from "./teams";

const OFFICE_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

export function validateOfficeManifest(
  file: string,
  xml: string,
  host: "word" | "excel",
  settings: ManifestSettings,
): string[] {
  const problems: string[] = [];
  const errors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message.split("\n")[0] ?? message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (mismatched tags) after reporting them.
    if (errors.length === 0) errors.push(error instanceof Error ? error.message : String(error));
  }
  if (errors.length > 0 || !doc) return [`${file} : XML mal formé — ${errors[0] ?? "document vide"}`];
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp") return [`${file} : l'élément racine doit être <OfficeApp>.`];
  const childNames = new Set(elementChildren(root).map((child) => child.localName));
  for (const name of OFFICE_REQUIRED) {
    if (!childNames.has(name))
      problems.push(`${file} : élément obligatoire <${name}> absent de <OfficeApp>.`);
  }
  const id = textOf(root, "Id");
  if (id !== settings.ids[host])
    problems.push(`${file} : <Id> « ${id} » ≠ identifiant fixé ${settings.ids[host]}.`);
  const sets = all(root, "Set").map((set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`);
  const expectedSets =
    host === "word" ? ["WordApi 1.3"] : ["ExcelApi 1.8", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"];
  for (const set of expectedSets) {
    if (!sets.includes(set)) problems.push(`${file} : ensemble de conditions requis « ${set} » absent.`);
  }
  const sizes = all(root, "bt:Image")
    .map((image) => image.getAttribute("size"))
    .filter((size): size is string => size !== null);
  for (const size of ["16", "32", "80"]) {
    if (!sizes.includes(size)) problems.push(`${file} : icône de ruban ${size}×${size} absente.`);
  }
  if (all(root, "Control").length === 0) problems.push(`${file} : aucun bouton de ruban (<Control>).`);
  if (host === "excel") {
    if (all(root, "Runtime").every((r) => r.getAttribute("lifetime") !== "long")) {
      problems.push(`${file} : runtime partagé <Runtime lifetime="long"> absent.`);
    }
    const extensionTypes = all(root, "ExtensionPoint").map((point) => point.getAttribute("xsi:type"));
    if (!extensionTypes.includes("CustomFunctions")) {
      problems.push(`${file} : point d'extension CustomFunctions absent.`);
    }
  }
  if (settings.clientId !== undefined && textOf(root, "WebApplicationInfo") === undefined) {
    problems.push(
      `${file} : <WebApplicationInfo> absent alors qu'un identifiant d'application est configuré.`,
    );
  }
  problems.push(...checkUrls(file, urlsInXml(root), settings));
  return problems;
}

export function validateTeamsManifest(file: string, manifest: unknown, settings: ManifestSettings): string[] {
  const validate = teamsSchemaValidator();
  const problems: string[] = [];
  if (!validate(manifest)) {
    for (const error of validate.errors ?? []) {
      const where = error.instancePath === "" ? "(racine)" : error.instancePath;
      const extra =
        "additionalProperty" in error.params ? ` (« ${String(error.params.additionalProperty)} »)` : "";
      problems.push(
        `${file} : ${where} ${error.message ?? "invalide"}${extra} — schéma Teams v${TEAMS_SCHEMA_VERSION}.`,
      );
    }
  }
  const candidate = manifest as { id?: unknown; validDomains?: unknown };
  if (candidate.id !== settings.ids.teams) {
    problems.push(`${file} : id « ${String(candidate.id)} » ≠ identifiant fixé ${settings.ids.teams}.`);
  }
  const host = new URL(settings.baseUrl).host;
  if (!Array.isArray(candidate.validDomains) || !candidate.validDomains.includes(host)) {
    problems.push(`${file} : validDomains doit contenir ${host}.`);
  }
  problems.push(...checkUrls(file, urlsInJson(manifest), settings));
  return problems;
}

/** Checks a PNG's real size (read from its header) and, for the outline icon, white-on-transparent. */
export function validateIcon(
  file: string,
  bytes: Uint8Array,
  expected: { size: number; outline?: boolean },
): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    return [`${file} : PNG illisible (${error instanceof Error ? error.message : String(error)}).`];
  }
  const problems: string[] = [];
  if (png.width !== expected.size || png.height !== expected.size) {
    problems.push(`${file} : ${png.width}×${png.height} px au lieu de ${expected.size}×${expected.size}.`);
  }
  if (expected.outline) {
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
      if (alpha > 0 && !white) {
        problems.push(`${file} : l'icône de contour Teams doit être blanche sur fond transparent.`);
        break;
      }
    }
  }
  return problems;
}

function checkUrls(file: string, urls: string[], settings: ManifestSettings): string[] {
  const problems: string[] = [];
  const allowedForeign = [
    "https://login.microsoftonline.com",
    "https://developer.microsoft.com/json-schemas/",
  ];
  for (const url of urls) {
    if (!url.startsWith("https://")) {
      problems.push(`${file} : URL non HTTPS « ${url} ».`);
      continue;
    }
    const ours = url === settings.baseUrl || url.startsWith(`${settings.baseUrl}/`);
    if (!ours && !allowedForeign.some((prefix) => url.startsWith(prefix))) {
      problems.push(`${file} : URL « ${url} » hors de l'origine configurée ${settings.baseUrl}.`);
    }
    if (settings.environment === "prod" && /localhost|127\.0\.0\.1/.test(url)) {
      problems.push(`${file} : URL de développement « ${url} » dans un manifeste de production.`);
    }
  }
  return problems;
}

let compiled: ReturnType<AjvDraft04["compile"]> | undefined;
function teamsSchemaValidator(): ReturnType<AjvDraft04["compile"]> {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const path = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
  );
  // Same clean-up as @microsoft/app-manifest: some schema patterns use `\a`, invalid in JS regexes.
  const schema = JSON.parse(readFileSync(path, "utf8").replace(/\\a/g, "\\x07")) as Record<string, unknown>;
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  compiled = ajv.compile(schema);
  return compiled;
}

function elementChildren(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) children.push(node as Element);
  }
  return children;
}

function all(root: Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

function textOf(root: Element, tag: string): string | undefined {
  const first = root.getElementsByTagName(tag)[0];
  return first ? (first.textContent ?? "").trim() : undefined;
}

function urlsInXml(root: Element): string[] {
  const urls: string[] = [];
  const visit = (element: Element) => {
    for (const attr of Array.from(element.attributes)) {
      if (/^https?:\/\//.test(attr.value) && !attr.name.startsWith("xmlns")) urls.push(attr.value);
    }
    const text = elementChildren(element).length === 0 ? (element.textContent ?? "").trim() : "";
    if (/^https?:\/\//.test(text)) urls.push(text);
    elementChildren(element).forEach(visit);
  };
  visit(root);
  return urls;
}

function urlsInJson(value: unknown): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsInJson);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(urlsInJson);
  return [];
}
