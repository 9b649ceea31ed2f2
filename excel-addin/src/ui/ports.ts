// What the views may ask of their host, as plain functions (STYLE.md: one host function, one signature,
// handed to the UI). Excel (host.ts), the standalone .xlsx host or a test fake implement them.
import type { CellRef, GridDefinition } from "../../../shared/grid";
import type { CheckRequest, GridCheckResult } from "../host";

export interface WorkbookPort {
  readonly kind: "office";
  createGrid(definition: GridDefinition): Promise<void>;
  check(request?: CheckRequest): Promise<GridCheckResult>;
  selectCells(cells: readonly CellRef[]): Promise<void>;
  /** Starts the debounced re-check on table changes; resolves to the function that stops it. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
}

export interface OpenedGrid {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly result: GridCheckResult;
}

export interface FilePort {
  readonly kind: "standalone";
  downloadNewGrid(definition: GridDefinition): Promise<void>;
  openFile(file: File, fallbackPolicyId: string): Promise<OpenedGrid>;
  downloadAnnotated(grid: OpenedGrid): Promise<void>;
}

export type GridPort = WorkbookPort | FilePort;
