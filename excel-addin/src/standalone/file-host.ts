// The standalone host: grids are .xlsx files chosen on disk and downloaded back, read and written with
// shared/xlsx (exceljs loaded on first use). Nothing leaves the browser.
import { checkGrid } from "../../../shared/grid";
import { SpaserError } from "../../../shared/errors";
import { DEFAULT_POLICY_ID, findPolicy, getPolicy } from "../../../shared/policies";
import { readGridWorkbook, writeGridWorkbook } from "../../../shared/xlsx";
import { cellMarks } from "../controls-report";
import type { FilePort, OpenedGrid } from "../ui/ports";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase() || "grille";

export const fileHost: FilePort = {
  kind: "standalone",
  async downloadNewGrid(definition) {
    download(await writeGridWorkbook(definition), `grille-${slug(definition.consultation.title)}.xlsx`);
  },
  async openFile(file, fallbackPolicyId): Promise<OpenedGrid> {
    if (!/\.xlsx$/i.test(file.name)) throw new SpaserError("EXCEL_FILE_TYPE", { file: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const raw = await readGridWorkbook(bytes);
    const policy =
      findPolicy(raw.consultation.policyId ?? "") ??
      findPolicy(fallbackPolicyId) ??
      getPolicy(DEFAULT_POLICY_ID);
    const report = checkGrid(raw, policy);
    return {
      fileName: file.name,
      bytes,
      result: { report, policy, marked: cellMarks(report.violations).length },
    };
  },
  async downloadAnnotated(grid) {
    const { annotateWorkbook } = await import("./annotate");
    const bytes = await annotateWorkbook(grid.bytes, grid.result.report, grid.result.policy);
    download(bytes, grid.fileName.replace(/(\.xlsx)?$/i, "-annotee.xlsx"));
  },
};
