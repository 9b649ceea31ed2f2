// The ONLY file of the Word add-in that talks to Word (STYLE.md): everything else receives these
// functions and can run against a fake or the standalone .docx host.
import { detectOfficeHost, type OfficeHostInfo } from "../../shared/ui";

export function detectWordHost(): Promise<OfficeHostInfo> {
  return detectOfficeHost("Word");
}
