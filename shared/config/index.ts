export {
  parsePlatformConfig,
  siteAddress,
  type EnvSource,
  type PlatformConfig,
  type SignedOutConfig,
  type TenantConfig,
} from "./config";
export { platformConfig } from "./from-env";
