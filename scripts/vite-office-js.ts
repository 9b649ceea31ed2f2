// Office.js: production pages load it from Microsoft's CDN, as Microsoft requires for published
// add-ins; every other build (npm start, dev, tests) serves the copy shipped in @microsoft/office-js
// from /vendor/office-js/, so nothing needs the internet.
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import type { Connect, Plugin } from "vite";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_JS_LOCAL = "/vendor/office-js/office.js";
const LOCAL_DIR = resolve("node_modules/@microsoft/office-js/dist");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".html": "text/html",
};

function serveLocalCopy(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? "").split("?")[0] ?? "";
    if (!url.startsWith("/vendor/office-js/")) return next();
    const file = normalize(join(LOCAL_DIR, decodeURIComponent(url.slice("/vendor/office-js/".length))));
    if (!file.startsWith(LOCAL_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    res.setHeader("Cache-Control", "public, max-age=3600");
    createReadStream(file).pipe(res);
  };
}

/** Replaces `<!-- office-js -->` in HTML pages by the right script tag for the build target. */
export function officeJs(target: "local" | "production"): Plugin {
  const src = target === "production" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  return {
    name: "spaser-office-js",
    transformIndexHtml: (html) => html.replace("<!-- office-js -->", `<script src="${src}"></script>`),
    configureServer: (server) => void server.middlewares.use(serveLocalCopy()),
    configurePreviewServer: (server) => void server.middlewares.use(serveLocalCopy()),
  };
}
