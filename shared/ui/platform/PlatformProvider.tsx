import { useContext, useMemo, useSyncExternalStore } from "react";
import type { AuthAccount } from "../../auth";
import type { SharePointConnection } from "../../graph";
import { PlatformContext, type PlatformOptions } from "./context";
import { PlatformController, type PlatformSnapshot } from "./controller";

// One controller per page (one app per page), created on first use with the provider's options.
let page: PlatformController | undefined;

/**
 * The page's controller, for code outside React (an app's store opening: `openAgendaStorage(
 * pagePlatform())`). The first caller's options win; `mountApp`'s provider passes them first.
 */
export function pagePlatform(options: PlatformOptions = {}): PlatformController {
  page ??= new PlatformController({ nestedAppAuth: options.nestedAppAuth ?? officeNestedAppAuth });
  return page;
}

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

/** The page's controller (a provider's explicit one in tests); never a crash outside a provider. */
export function usePlatformController(): PlatformController {
  const options = useContext(PlatformContext);
  return options?.controller ?? pagePlatform(options);
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
