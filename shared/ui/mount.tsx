import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { NestedAppAuthCapability } from "../auth";
import { PlatformProvider } from "./platform/context";

export interface MountOptions {
  /**
   * Whether the host brokers sign-in (Nested App Authentication). Default: Office's `NestedAppAuth`
   * requirement set; the Teams app passes its own check. Ignored when no tenant is configured.
   */
  readonly nestedAppAuth?: NestedAppAuthCapability;
}

/**
 * Mounts an app's root component into the page's #root element, inside the page's PlatformProvider
 * (tenant connection: signed-out standalone when the build has no tenant configured).
 */
export function mountApp(node: ReactNode, options: MountOptions = {}): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("Élément #root absent de la page");
  createRoot(container).render(
    <StrictMode>
      <PlatformProvider
        {...(options.nestedAppAuth !== undefined && { nestedAppAuth: options.nestedAppAuth })}
      >
        {node}
      </PlatformProvider>
    </StrictMode>,
  );
}
