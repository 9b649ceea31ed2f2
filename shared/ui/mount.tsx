import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

/** Mounts an app's root component into the page's #root element. */
export function mountApp(node: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("Élément #root absent de la page");
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
}
