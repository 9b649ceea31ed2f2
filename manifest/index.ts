export {
  APP_IDS,
  DEV_BASE_URL,
  PROD_BASE_URL_PLACEHOLDER,
  manifestSettings,
  type Environment,
  type ManifestSettings,
} from "./config";
export { officeManifestXml, APP_DOMAINS, MANIFEST_SCOPES } from "./office";
export { teamsManifest, teamsPackage, TEAMS_SCHEMA_VERSION } from "./teams";
export { validateIcon, validateOfficeManifest, validateTeamsManifest } from "./validate";
export { buildManifests, readAsset, type ManifestBuild, type ManifestFile } from "./build";
