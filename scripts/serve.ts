// `npm start`: builds the product and serves it on http://localhost:3000 with the same headers (CSP)
// the production host must send. No tenant, no internet: the apps run on their embedded data.
import { build, preview } from "vite";

await build();
const server = await preview({ preview: { port: Number(process.env.PORT ?? 3000) } });
server.printUrls();
console.log("SPASER 365 est servi : ouvrez l'adresse ci-dessus (Ctrl+C pour arrêter).");
