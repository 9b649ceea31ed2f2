import { parsePlatformConfig, type PlatformConfig } from "./config";

/** The configuration this build was made with (`import.meta.env`, inlined by Vite at build time). */
export const platformConfig: PlatformConfig = parsePlatformConfig(import.meta.env);
