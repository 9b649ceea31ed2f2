import { mountApp } from "../../shared/ui";
import { registerCustomFunctions } from "./functions";
import { detectExcelHost, excelApiSupported, excelHost } from "./host";
import { fileHost } from "./standalone/file-host";
import { App } from "./ui/App";

// Shared runtime: the pane's page also hosts the custom functions; register them as early as possible.
registerCustomFunctions();
// An Excel older than ExcelApi 1.8 (Excel 2016) gets the file mode, which needs nothing from Excel.
void detectExcelHost().then((host) =>
  mountApp(<App host={host} port={host.kind === "office" && excelApiSupported() ? excelHost : fileHost} />),
);
