// Installs a fake workbook as the global `Excel`, through an office-addin-mock object (node tests only:
// office-addin-mock depends on node modules).
import { OfficeMockObject } from "office-addin-mock";
import type { FakeWorkbook } from "./fake-excel";

export function installExcel(workbook: FakeWorkbook): void {
  (globalThis as { Excel?: unknown }).Excel = new OfficeMockObject({
    run: (...args: unknown[]) => workbook.run(...args),
  });
}
