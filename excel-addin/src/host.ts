// The ONLY file of the Excel add-in that talks to Excel (STYLE.md).
import { detectOfficeHost, type OfficeHostInfo } from "../../shared/ui";

export function detectExcelHost(): Promise<OfficeHostInfo> {
  return detectOfficeHost("Excel");
}
