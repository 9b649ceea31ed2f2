// `npm run start:office`: the product over HTTPS on https://localhost:3000, as Office and Teams
// require for sideloading. office-addin-dev-certs creates a local CA and a localhost certificate the
// first time and asks the system to trust the CA (this may need administrator rights: see README).
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { build, preview } from "vite";

const https = await getHttpsServerOptions();
await build();
const server = await preview({
  preview: { https: { cert: https.cert, key: https.key, ca: https.ca }, port: 3000 },
});
server.printUrls();
console.log("Manifestes de développement : npm run manifests, puis dist/manifests/dev/ (voir README).");
