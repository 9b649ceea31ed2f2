import { detectOfficeHost, mountApp } from "../../shared/ui";
import { App } from "./ui/App";

// host.ts (Word calls, the DCE engine) is loaded with the pane's views, after the shell shows.
void detectOfficeHost("Word").then((host) => mountApp(<App host={host} />));
