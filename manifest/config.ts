// The one configuration every manifest is generated from. Ids are fixed GUIDs committed here: Office
// and Teams identify an add-in by them, so they must never change between builds (a new id = a new
// app for every user). Dev and prod have distinct ids so both can be sideloaded in the same tenant.

export type Environment = "dev" | "prod";

export const DEV_BASE_URL = "https://localhost:3000";
/** Placeholder used when SPASER_PROD_BASE_URL is not set: replace before distributing the packages. */
export const PROD_BASE_URL_PLACEHOLDER = "https://spaser.example.fr";

export const APP_IDS = {
  dev: {
    word: "d87d650e-f696-48eb-8a6e-47511cd343d5",
    excel: "83a7e7f3-c433-43ec-b60f-679c6a8cc4a3",
    teams: "1f29995b-1511-4630-8780-6e909bb33cf0",
  },
  prod: {
    word: "02a2ee7b-bb4d-4fb6-b4c6-4261191f10b0",
    excel: "f73aa62b-2d09-4b2c-837d-edeecbf98249",
    teams: "fca15f9b-ac6c-43df-b9ce-d00a161910c7",
  },
} as const;

/** Version shared by the three manifests (Office wants 4 parts, Teams semver: derived from one). */
export const APP_VERSION = "1.0.0";

export const PROVIDER = "SPASER 365";

/**
 * The Excel manifest declares the SPASER custom functions (shared runtime). Excel then loads
 * /excel-addin/functions.json and functions.js: both are shipped (functions.json generated at build time, functions.js in public/).
 */
export const EXCEL_CUSTOM_FUNCTIONS = true;

export const PATHS = {
  wordTaskpane: "/word-addin/taskpane.html",
  excelTaskpane: "/excel-addin/taskpane.html",
  excelFunctionsMetadata: "/excel-addin/functions.json",
  excelFunctionsScript: "/excel-addin/functions.js",
  teamsContent: "/teams-app/index.html?view=content",
  teamsConfig: "/teams-app/config.html",
  support: "/",
  // The home page carries the privacy and terms sections (no separate legal pages yet).
  privacy: "/#confidentialite",
  terms: "/#conditions",
  icon: (size: 16 | 32 | 64 | 80 | 128) => `/assets/icon-${size}.png`,
} as const;

export const TEXTS = {
  word: {
    name: "SPASER 365 — Clauses",
    description:
      "Insérer dans le CCAP, le CCTP ou le RC les clauses sociales et environnementales du référentiel SPASER, puis auditer le DCE.",
    groupLabel: "SPASER",
    buttonLabel: "Clauses SPASER",
    buttonTooltip: "Ouvrir le volet des clauses du référentiel SPASER",
  },
  excel: {
    name: "SPASER 365 — Grille d'analyse",
    description:
      "Vérifier les pondérations de la grille d'analyse au regard du SPASER, noter les prix et classer les offres.",
    groupLabel: "SPASER",
    buttonLabel: "Grille SPASER",
    buttonTooltip: "Ouvrir le volet de la grille d'analyse SPASER",
    functionsNamespace: "SPASER",
  },
  teams: {
    shortName: "SPASER 365",
    fullName: "SPASER 365 — Comités achats responsables",
    shortDescription: "Comités achats : ordre du jour, cotation, décisions et indicateurs SPASER.",
    fullDescription:
      "Préparez et tenez les comités achats de votre collectivité : ordre du jour, cotation des dossiers au regard du SPASER, relevé de décisions et suivi des indicateurs, dans un onglet d'équipe, de conversation ou de réunion.",
    personalTabName: "Comités",
    accentColor: "#2E7D32",
  },
} as const;

export interface ManifestSettings {
  readonly environment: Environment;
  /** HTTPS origin the pages are served from, no trailing slash. */
  readonly baseUrl: string;
  /** Entra ID application (client) id; without it, WebApplicationInfo is left out (sign-in disabled). */
  readonly clientId: string | undefined;
  readonly ids: { readonly word: string; readonly excel: string; readonly teams: string };
  readonly version: string;
  /** Name suffix so dev and prod are told apart in the ribbon and the Teams store. */
  readonly nameSuffix: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Settings for one environment. Reads `SPASER_PROD_BASE_URL` (prod origin) and `VITE_SPASER_CLIENT_ID`
 * (the same client id the apps are built with) from `env`; throws with a French message when a given
 * value is unusable, so a broken package is never written.
 */
export function manifestSettings(
  environment: Environment,
  env: Readonly<Record<string, string | undefined>>,
): ManifestSettings {
  const rawBase =
    environment === "dev" ? DEV_BASE_URL : (env.SPASER_PROD_BASE_URL ?? PROD_BASE_URL_PLACEHOLDER);
  const baseUrl = rawBase.trim().replace(/\/+$/, "");
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(baseUrl)) {
    throw new Error(
      `SPASER_PROD_BASE_URL « ${rawBase} » invalide : une origine HTTPS sans chemin est attendue (ex. https://spaser.collectivite.fr).`,
    );
  }
  const clientId = env.VITE_SPASER_CLIENT_ID?.trim() || undefined;
  if (clientId !== undefined && !GUID.test(clientId)) {
    throw new Error(`VITE_SPASER_CLIENT_ID « ${clientId} » invalide : un GUID est attendu.`);
  }
  return {
    environment,
    baseUrl,
    clientId: clientId?.toLowerCase(),
    ids: APP_IDS[environment],
    version: APP_VERSION,
    nameSuffix: environment === "dev" ? " (dev)" : "",
  };
}
