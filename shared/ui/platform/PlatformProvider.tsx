import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { NestedAppAuthCapability } from "../../auth";
import type { AuthAccount } from "../../auth";
import type { SharePointConnection } from "../../graph";
import { PlatformController, type PlatformSnapshot } from "./controller";

const Context = createContext<PlatformController | undefined>(undefined);
let fallback: PlatformController | undefined;

export interface PlatformProviderProps {
  /** Whether the host brokers tokens (Nested App Authentication); default: detected for Office. */
  readonly nestedAppAuth?: NestedAppAuthCapability;
  /** Tests and harnesses: a ready controller. */
  readonly controller?: PlatformController;
  readonly children: ReactNode;
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

/** The tenant connection of the page (`mountApp` puts one around every app). */
export function PlatformProvider({ nestedAppAuth, controller, children }: PlatformProviderProps) {
  const value = useMemo(
    () => controller ?? new PlatformController({ nestedAppAuth: nestedAppAuth ?? officeNestedAppAuth }),
    [controller, nestedAppAuth],
  );
  useEffect(() => {
    // Silent only: restores a session MSAL already holds; never opens a window.
    void value.start();
  }, [value]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The page's controller; outside a provider, one shared standalone controller (never a crash). */
export function usePlatformController(): PlatformController {
  const value = useContext(Context);
  if (value) return value;
  fallback ??= new PlatformController();
  return fallback;
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
