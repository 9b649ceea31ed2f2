// Content-Security-Policy of the served pages. Scripts only from our origin (and Microsoft's
// Office.js CDN in production); network only to Microsoft Graph and Entra ID; the pages may be framed
// only by the Office and Teams hosts that run add-ins and tabs.
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const CONNECT = [
  "https://graph.microsoft.com",
  "https://login.microsoftonline.com",
  "https://*.sharepoint.com",
];
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.officeapps.live.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.skype.com",
  "https://*.sharepoint.com",
  "https://outlook.office.com",
];

export function contentSecurityPolicy(target: "local" | "production"): string {
  const scripts = target === "production" ? ["'self'", OFFICE_CDN, "https://ajax.aspnetcdn.com"] : ["'self'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Fluent UI (Griffel) injects its atomic CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${CONNECT.join(" ")}`,
    `frame-src 'self' https://login.microsoftonline.com ${target === "production" ? OFFICE_CDN : ""}`.trim(),
    `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
