// Build-time configuration of the tenant connection. Vite inlines `import.meta.env.VITE_*` at build
// time; the values are public identifiers (client id, tenant id, URLs), never secrets: a single-page
// app cannot keep a secret, so none is ever read here.
import { z } from "zod";

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "GUID attendu");

// "contoso.sharepoint.com:/sites/achats" (Graph's site-by-path form) or "contoso.sharepoint.com/sites/achats".
const sharePointSite = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+\.sharepoint\.com:?\/sites\/[^/?#]+$/i, "hôte.sharepoint.com/sites/nom attendu")
  .transform((value) => {
    const [hostname = "", ...rest] = value.replace(":/", "/").split("/");
    return { hostname, path: `/${rest.join("/")}` };
  });

const tenant = z.union([
  guid,
  z.enum(["organizations", "common"]),
  z.string().regex(/^[a-z0-9-]+\.[a-z.]+$/i),
]);

const rawSchema = z.object({
  VITE_SPASER_CLIENT_ID: guid,
  VITE_SPASER_TENANT_ID: tenant.default("organizations"),
  VITE_SPASER_BASE_URL: z
    .string()
    .trim()
    .url()
    .refine((url) => url.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(url), {
      message: "HTTPS obligatoire hors poste local",
    })
    .transform((url) => url.replace(/\/+$/, "")),
  VITE_SPASER_SHAREPOINT_SITE: sharePointSite.optional(),
  VITE_SPASER_REFERENTIEL_PATH: z
    .string()
    .trim()
    .regex(/^[^:?#]+\.json$/, "chemin de fichier .json attendu")
    .default("Référentiel SPASER/referentiel.json"),
});

export interface TenantConfig {
  readonly signedOutOnly: false;
  readonly clientId: string;
  /** Entra ID tenant: a GUID, a verified domain, or `organizations` (any work account). */
  readonly tenantId: string;
  readonly authority: string;
  /** Origin the pages are served from, without a trailing slash (redirect URIs derive from it). */
  readonly baseUrl: string;
  /** SharePoint site holding the référentiel library and the agenda list; absent = no SharePoint features. */
  readonly sharePoint?: {
    readonly hostname: string;
    readonly path: string;
    /** Path of the published référentiel in the site's default document library ("Documents"). */
    readonly referentielPath: string;
  };
}

/** No tenant configured: the apps run signed out on their embedded data. */
export interface SignedOutConfig {
  readonly signedOutOnly: true;
  /** Why: absent configuration (normal for a demo build) or the problems found in a partial one. */
  readonly problems: readonly string[];
}

export type PlatformConfig = TenantConfig | SignedOutConfig;

export type EnvSource = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Reads the tenant configuration from build-time variables. Never throws: an absent or invalid
 * configuration yields `{ signedOutOnly: true }` with the problems listed, so the apps start in
 * standalone mode on the embedded référentiel instead of crashing.
 */
export function parsePlatformConfig(env: EnvSource): PlatformConfig {
  const text = (key: string): string | undefined => {
    const value = env[key];
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  const raw = {
    VITE_SPASER_CLIENT_ID: text("VITE_SPASER_CLIENT_ID"),
    VITE_SPASER_TENANT_ID: text("VITE_SPASER_TENANT_ID"),
    VITE_SPASER_BASE_URL: text("VITE_SPASER_BASE_URL"),
    VITE_SPASER_SHAREPOINT_SITE: text("VITE_SPASER_SHAREPOINT_SITE"),
    VITE_SPASER_REFERENTIEL_PATH: text("VITE_SPASER_REFERENTIEL_PATH"),
  };
  if (raw.VITE_SPASER_CLIENT_ID === undefined) {
    return { signedOutOnly: true, problems: ["VITE_SPASER_CLIENT_ID absent"] };
  }
  const parsed = rawSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      signedOutOnly: true,
      problems: parsed.error.issues.map((issue) => `${issue.path.join(".")} : ${issue.message}`),
    };
  }
  const value = parsed.data;
  const site = value.VITE_SPASER_SHAREPOINT_SITE;
  return {
    signedOutOnly: false,
    clientId: value.VITE_SPASER_CLIENT_ID.toLowerCase(),
    tenantId: value.VITE_SPASER_TENANT_ID,
    authority: `https://login.microsoftonline.com/${value.VITE_SPASER_TENANT_ID}`,
    baseUrl: value.VITE_SPASER_BASE_URL,
    ...(site && {
      sharePoint: {
        hostname: site.hostname,
        path: site.path,
        referentielPath: value.VITE_SPASER_REFERENTIEL_PATH.replace(/^\/+/, ""),
      },
    }),
  };
}

/** Graph's address of the configured site: `/sites/{hostname}:{path}` (resolve once to an id). */
export function siteAddress(config: TenantConfig): string | undefined {
  return config.sharePoint && `/sites/${config.sharePoint.hostname}:${config.sharePoint.path}`;
}
