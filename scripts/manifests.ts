// `npm run manifests`: generates the Word and Excel XML manifests and the Teams app package for dev
// (https://localhost:3000) and prod (SPASER_PROD_BASE_URL, placeholder https://spaser.example.fr) into
// dist/manifests/{dev,prod}/, after validating them. Exit code 1, and nothing written, on any problem.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadEnv } from "vite";
import { buildManifests, manifestSettings, PROD_BASE_URL_PLACEHOLDER, type Environment } from "../manifest";

const out = resolve(import.meta.dirname, "../dist/manifests");
const environments: Environment[] = ["dev", "prod"];

const builds = [];
for (const environment of environments) {
  // Same variables as the Vite build: .env files (see .env.example), overridden by the environment.
  const mode = environment === "dev" ? "development" : "production";
  const env = { ...loadEnv(mode, resolve(import.meta.dirname, ".."), ["VITE_", "SPASER_"]), ...process.env };
  const settings = manifestSettings(environment, env);
  builds.push({ environment, settings, build: await buildManifests(settings) });
}
const problems = builds.flatMap(({ build }) => build.problems);
if (problems.length > 0) {
  console.error(`Manifestes invalides (${problems.length} problème(s)) :\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
for (const { environment, settings, build } of builds) {
  for (const file of build.files) {
    const target = resolve(out, environment, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
  console.log(`dist/manifests/${environment}/ — ${settings.baseUrl} (${build.files.length} fichiers)`);
  if (settings.clientId === undefined) {
    console.warn(
      `  ⚠ VITE_SPASER_CLIENT_ID absent : pas de WebApplicationInfo / webApplicationInfo (connexion désactivée).`,
    );
  }
  if (environment === "prod" && settings.baseUrl === PROD_BASE_URL_PLACEHOLDER) {
    console.warn(
      `  ⚠ SPASER_PROD_BASE_URL absent : URL provisoire ${PROD_BASE_URL_PLACEHOLDER}, à remplacer avant diffusion.`,
    );
  }
}
