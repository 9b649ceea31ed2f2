import { parsePlatformConfig, type EnvSource, type PlatformConfig } from "./config";

/**
 * The configuration this build was made with (`import.meta.env`, inlined by Vite at build time).
 * Outside Vite (the `spaser` CLI under tsx) `import.meta.env` does not exist: signed-out mode.
 */
export const platformConfig: PlatformConfig = parsePlatformConfig(
  (import.meta as { env?: EnvSource }).env ?? {},
);
