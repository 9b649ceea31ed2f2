import { useContext, useMemo, useSyncExternalStore } from "react";
import type { AuthAccount } from "../../auth";
import type { SharePointConnection } from "../../graph";
import { PlatformContext, type PlatformOptions } from "./context";
import { PlatformController, type PlatformSnapshot } from "./controller";

// One controller per PlatformProvider (its options object), created on first use.
const controllers = new WeakMap<PlatformOptions, PlatformController>();
let fallback: PlatformController | undefined;

/**
 * Office hosts announce NAA through the `NestedAppAuth` requirement set. Teams does not expose it
 * globally: the Teams app passes `nestedAppAuth` from its host adapter.
 */
export function officeNestedAppAuth(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") ?? false;
  } catch {
    return false; // reason: outside Office the requirements object is absent or throws.
  }
}

/** The page's controller; outside a provider, one shared standalone controller (never a crash). */
export function usePlatformController(): PlatformController {
  const options = useContext(PlatformContext);
  if (!options) {
    fallback ??= new PlatformController({ nestedAppAuth: officeNestedAppAuth });
    return fallback;
  }
  let controller = options.controller ?? controllers.get(options);
  if (!controller) {
    controller = new PlatformController({ nestedAppAuth: options.nestedAppAuth ?? officeNestedAppAuth });
    controllers.set(options, controller);
  }
  return controller;
}

export interface PlatformState extends PlatformSnapshot {
  signIn(): Promise<AuthAccount>;
  signOut(): Promise<void>;
  /** The SharePoint connection when signed in with a configured site. */
  readonly sharePoint: SharePointConnection | undefined;
}

/** `{ config, authState, account, signIn(), signOut(), sharePoint? }` of the page. */
export function usePlatform(): PlatformState {
  const controller = usePlatformController();
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return useMemo(
    () => ({
      ...snapshot,
      sharePoint: snapshot.authState === "signedIn" ? snapshot.connection?.sharePoint : undefined,
      signIn: () => controller.signIn(),
      signOut: () => controller.signOut(),
    }),
    [controller, snapshot],
  );
}
