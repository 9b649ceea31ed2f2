// Everything a configured build needs to reach the tenant, in ONE module the controller imports on
// demand: the build's configuration (zod), MSAL and the Graph client, the IndexedDB référentiel cache.
// One dynamic import keeps the start-up bundle of the standalone apps in as few chunks as before.
import { platformConfig } from "../../config";
import { connectPlatform, describeReferentielSource, indexedDbReferentielCache } from "../../graph";

export { platformConfig, connectPlatform, describeReferentielSource, indexedDbReferentielCache };
