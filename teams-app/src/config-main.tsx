import { mountApp } from "../../shared/ui";
import { App } from "./ui/App";
import { detectTeamsHost } from "./host";

void detectTeamsHost().then((host) => mountApp(<App host={host} forcedView="config" />));
