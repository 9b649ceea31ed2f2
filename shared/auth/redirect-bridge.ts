// Entry of the MSAL v5 redirect-bridge page (`/auth/redirect.html`, registered as SPA redirect URI):
// it hands the popup or redirect response back to the page that asked for it. The page must not be
// served with a Cross-Origin-Opener-Policy header, and must not call any other MSAL API.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

export function runRedirectBridge(): Promise<void> {
  return broadcastResponseToMainFrame();
}
