// Least-privilege delegated scopes. The app acts as the signed-in user only, and on one SharePoint site
// only: no tenant-wide `Sites.ReadWrite.All`, no application permission, no mail/calendar access.

export interface ScopeJustification {
  readonly scope: string;
  readonly why: string;
}

/** Read the signed-in user's name and id to show who is connected and record who decided what. */
export const USER_READ = "User.Read";
/**
 * Read and write the list items and files of the SharePoint sites an administrator granted explicitly
 * to this app (per-site grant: `POST /sites/{site-id}/permissions`, role `write`). Without the grant the
 * scope opens nothing: this is what makes the app least-privilege.
 */
export const SITES_SELECTED = "Sites.Selected";

export const SCOPES = {
  /** Sign-in and identity. */
  signIn: [USER_READ],
  /** SharePoint: référentiel library (read/publish) and committee agenda list. */
  sharePoint: [SITES_SELECTED],
} as const;

export const scopeJustifications: readonly ScopeJustification[] = [
  {
    scope: USER_READ,
    why: "Show who is signed in; attribute committee decisions and publications to a name.",
  },
  {
    scope: SITES_SELECTED,
    why: "Read and publish the référentiel and the committee agenda list on the one SharePoint site an administrator granted to the app (per-site grant); no other site is reachable.",
  },
];
