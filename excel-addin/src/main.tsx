import { mountApp } from "../../shared/ui";
import { App } from "./ui/App";
import { detectExcelHost } from "./host";

void detectExcelHost().then((host) => mountApp(<App host={host} />));
