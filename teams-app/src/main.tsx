import { mountApp } from "../../shared/ui";
import { App } from "./ui/App";
import { detectTeamsHost } from "./host";

// Inside Teams the host brokers the sign-in (nested app authentication); elsewhere MSAL's popup.
void detectTeamsHost().then((host) =>
  mountApp(<App host={host} />, { nestedAppAuth: host.info.kind === "teams" }),
);
