import { mountApp } from "../../shared/ui";
import { registerCustomFunctions } from "./functions";
import { detectExcelHost, excelHost } from "./host";
import { fileHost } from "./standalone/file-host";
import { App } from "./ui/App";

// Shared runtime: the pane's page also hosts the custom functions; register them as early as possible.
registerCustomFunctions();
void detectExcelHost().then((host) =>
  mountApp(<App host={host} port={host.kind === "office" ? excelHost : fileHost} />),
);
