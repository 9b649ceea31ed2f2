import { mountApp } from "../../shared/ui";
import { App } from "./ui/App";
import { detectWordHost } from "./host";

void detectWordHost().then((host) => mountApp(<App host={host} />));
