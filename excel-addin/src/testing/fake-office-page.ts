// Served instead of office.js by the e2e test of the pane inside « Excel »: Office reports an Excel host
// supporting ExcelApi 1.8, and `Excel.run` drives a fake workbook the test reads through
// `window.spaserFakeWorkbook`.
import { FakeSheet, FakeWorkbook } from "./fake-excel";

const workbook = new FakeWorkbook();
workbook.sheets.push(new FakeSheet("Feuil1"));
Object.assign(globalThis, {
  spaserFakeWorkbook: workbook,
  Excel: { run: (...args: unknown[]) => workbook.run(...args) },
  Office: {
    HostType: { Word: "Word", Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version) <= 1.8,
      },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
    },
  },
});
