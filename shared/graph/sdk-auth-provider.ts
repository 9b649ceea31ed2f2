// For code that prefers @microsoft/microsoft-graph-client (`Client.initWithMiddleware({ authProvider })`):
// the same sign-in service, behind the SDK's AuthenticationProvider interface. Type-only import: the
// SDK is not bundled unless that code imports it.
import type {
  AuthenticationProvider,
  AuthenticationProviderOptions,
} from "@microsoft/microsoft-graph-client";
import type { TokenSource } from "./http";

export function graphSdkAuthProvider(
  auth: TokenSource,
  defaultScopes: readonly string[],
): AuthenticationProvider {
  return {
    getAccessToken: (options?: AuthenticationProviderOptions) =>
      auth.getAccessToken({ scopes: options?.scopes ?? defaultScopes }),
  };
}
