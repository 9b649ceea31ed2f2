// Script of the redirect-bridge page `auth/redirect.html` (SPA redirect URI `{baseUrl}/auth/redirect.html`):
//   <!doctype html><html lang="fr"><meta charset="utf-8"><title>Connexion…</title>
//   <body>Connexion en cours…<script type="module" src="/shared/auth/redirect-main.ts"></script></body></html>
// and one line in vite.config.ts `pages`: `authRedirect: "auth/redirect.html"`.
import { runRedirectBridge } from "./redirect-bridge";

runRedirectBridge().catch(() => {
  document.body.textContent =
    "La connexion n'a pas abouti. Fermez cette fenêtre et cliquez de nouveau sur « Se connecter ».";
});
