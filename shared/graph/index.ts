export {
  createGraphClient,
  parseRetryAfter,
  GRAPH_V1,
  type FetchLike,
  type GraphClient,
  type GraphClientOptions,
  type GraphRequest,
  type GraphResponse,
  type RetryPolicy,
  type TokenSource,
} from "./http";
export { GraphError, codeForStatus } from "./graph-error";
export { batch, BATCH_LIMIT, type BatchRequest, type BatchResponse } from "./batch";
export {
  createListItem,
  deleteListItem,
  getListItem,
  getListItems,
  resolveSiteId,
  updateListItemFields,
  ListItemConflictError,
  type ListItem,
  type ListQuery,
} from "./lists";
export {
  loadReferentielSource,
  memoryReferentielCache,
  publishReferentiel,
  DEFAULT_REFERENTIEL_PATH,
  type CachedReferentiel,
  type LoadReferentielOptions,
  type PublishResult,
  type ReferentielCacheStore,
  type ReferentielSource,
} from "./referentiel-store";
export { indexedDbReferentielCache } from "./referentiel-cache-idb";
export { describeReferentielSource } from "./describe-source";
export {
  connectPlatform,
  type ConnectOptions,
  type PlatformConnection,
  type SharePointConnection,
} from "./connect";
export { graphSdkAuthProvider } from "./sdk-auth-provider";
