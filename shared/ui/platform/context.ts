// The part of the platform wiring every page loads at start: a context holding the page's options.
// The controller, the account button and the badge load right after the first render (AppShell's
// PlatformHeader is lazy), so the wiring costs the start-up bundle almost nothing.
import { createContext, createElement, useMemo, type ReactNode } from "react";
import type { NestedAppAuthCapability } from "../../auth";
import type { PlatformController } from "./controller";

export interface PlatformOptions {
  /** Whether the host brokers tokens (Nested App Authentication); default: detected for Office. */
  readonly nestedAppAuth?: NestedAppAuthCapability;
  /** Tests and harnesses: a ready controller. */
  readonly controller?: PlatformController;
}

export const PlatformContext = createContext<PlatformOptions | undefined>(undefined);

export interface PlatformProviderProps extends PlatformOptions {
  readonly children: ReactNode;
}

/** The tenant connection of the page (`mountApp` puts one around every app). */
export function PlatformProvider({ nestedAppAuth, controller, children }: PlatformProviderProps) {
  const value = useMemo<PlatformOptions>(
    () => ({
      ...(nestedAppAuth !== undefined && { nestedAppAuth }),
      ...(controller !== undefined && { controller }),
    }),
    [nestedAppAuth, controller],
  );
  return createElement(PlatformContext.Provider, { value }, children);
}
