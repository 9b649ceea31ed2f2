// A small fake of the Excel object model host.ts uses (PLATFORM-NOTES: office-addin-mock has no
// collections, tables or events). Workbook as data; reads become visible only after `context.sync()`,
// which is counted. Tests install it as the global `Excel` with office-mock.ts (office-addin-mock);
// the browser test page installs it directly (fake-office-page.ts).
import { columnLetter } from "../../../shared/xlsx";

type Value = string | number | boolean;
type Matrix = Value[][];

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseBox(address: string): Box {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const cell = (text: string | undefined) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(text ?? "");
    if (!m) throw new Error(`adresse invalide : ${address}`);
    let column = 0;
    for (const letter of (m[1] ?? "A").toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
    return { row: Number(m[2]), column };
  };
  const start = cell(a);
  const end = b ? cell(b) : start;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

const boxAddress = (box: Box) =>
  `${columnLetter(box.left)}${box.top}${box.top === box.bottom && box.left === box.right ? "" : `:${columnLetter(box.right)}${box.bottom}`}`;
const intersects = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const WHOLE: Box = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };

export interface FakeConditionalFormat {
  id: number;
  address: string;
  type: string;
  formula?: string;
  fill?: string;
}

export interface FakeValidation {
  address: string;
  rule?: unknown;
  errorAlert?: unknown;
}

export class FakeSheet {
  readonly cells = new Map<string, { value: Value; formula?: string }>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly validations: FakeValidation[] = [];
  readonly numberFormats = new Map<string, string>();
  constructor(public name: string) {}
  set(address: string, value: Value): void {
    if (value === "") this.cells.delete(address);
    else this.cells.set(address, { value });
  }
  get(address: string): Value {
    return this.cells.get(address)?.value ?? "";
  }
  formula(address: string): string | undefined {
    return this.cells.get(address)?.formula;
  }
  matrix(box: Box): Matrix {
    const rows: Matrix = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: Value[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(this.get(`${columnLetter(c)}${r}`));
      rows.push(row);
    }
    return rows;
  }
  usedRows(): number {
    let max = 0;
    for (const key of this.cells.keys()) max = Math.max(max, Number(/\d+$/.exec(key)?.[0] ?? 0));
    return max;
  }
}

export interface FakeTable {
  name: string;
  sheet: string;
  box: Box;
  style?: string;
  handlers: (() => Promise<void>)[];
}

/** The workbook as data, plus what tests assert: syncs, selection, events state. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  syncs = 0;
  suspendCalls = 0;
  enableEvents = true;
  /** enableEvents seen at each sync, to check writes happen with events off. */
  readonly eventsAtSync: boolean[] = [];
  selection?: { sheet: string; address: string };
  active?: string;
  private nextId = 1;

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`ItemNotFound: feuille ${name}`);
    return sheet;
  }
  table(name: string): FakeTable {
    const table = this.tables.find((tb) => tb.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`ItemNotFound: tableau ${name}`);
    return table;
  }
  newId(): number {
    return this.nextId++;
  }
  /** `Excel.run(batch)` and `Excel.run(context, batch)`: a fresh request context on this workbook. */
  run(...args: unknown[]): Promise<unknown> {
    const batch = args.at(-1) as (context: FakeContext) => Promise<unknown>;
    return batch(new FakeContext(this));
  }
  /** What an analyst's edit would do: change a cell, then tell the table's listeners. */
  async edit(sheetName: string, address: string, value: Value): Promise<void> {
    this.sheet(sheetName).set(address, value);
    const box = parseBox(address);
    for (const table of this.tables) {
      if (table.sheet === sheetName && intersects(table.box, box)) for (const h of table.handlers) await h();
    }
  }
}

class FakeContext {
  private pending: (() => void)[] = [];
  readonly workbook: { worksheets: SheetCollection; tables: TableCollection };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  readonly runtime: { enableEvents: boolean };
  constructor(readonly data: FakeWorkbook) {
    this.workbook = { worksheets: new SheetCollection(this), tables: new TableCollection(this) };
    this.application = { suspendApiCalculationUntilNextSync: () => void data.suspendCalls++ };
    const runtime = { enableEvents: true };
    Object.defineProperty(runtime, "enableEvents", {
      get: () => data.enableEvents,
      set: (value: boolean) => (data.enableEvents = value),
    });
    this.runtime = runtime;
  }
  later(action: () => void): void {
    this.pending.push(action);
  }
  async sync(): Promise<void> {
    this.data.syncs++;
    this.data.eventsAtSync.push(this.data.enableEvents);
    const pending = this.pending;
    this.pending = [];
    for (const action of pending) action();
  }
}

class Loaded<T> {
  private value: T | undefined;
  private ready = false;
  set(value: T): void {
    this.value = value;
    this.ready = true;
  }
  get(what: string): T {
    if (!this.ready) throw new Error(`PropertyNotLoaded: ${what} lu avant context.sync()`);
    return this.value as T;
  }
}

class SheetCollection {
  private loaded = new Loaded<FakeWorksheet[]>();
  constructor(private readonly context: FakeContext) {}
  load(): this {
    this.context.later(() =>
      this.loaded.set(this.context.data.sheets.map((s) => new FakeWorksheet(this.context, s.name))),
    );
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get("worksheets.items");
  }
  getItem(name: string): FakeWorksheet {
    this.context.data.sheet(name);
    return new FakeWorksheet(this.context, name);
  }
  add(name: string): FakeWorksheet {
    if (this.context.data.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.context.data.sheets.push(new FakeSheet(name));
    return new FakeWorksheet(this.context, name);
  }
}

class FakeWorksheet {
  readonly tables: { add: (address: string, hasHeaders: boolean) => FakeTableObject };
  constructor(
    private readonly context: FakeContext,
    readonly name: string,
  ) {
    this.tables = {
      add: (address) => {
        const table: FakeTable = {
          name: `Tableau${this.context.data.tables.length + 1}`,
          sheet: name,
          box: parseBox(address),
          handlers: [],
        };
        this.context.data.tables.push(table);
        return new FakeTableObject(this.context, table);
      },
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.name, address ? parseBox(address) : WHOLE);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, this.name, {
      top: row + 1,
      left: column + 1,
      bottom: row + rows,
      right: column + columns,
    });
  }
  activate(): void {
    this.context.data.active = this.name;
  }
}

class FakeRange {
  private loadedValues = new Loaded<Matrix>();
  private loadedAddress = new Loaded<string>();
  readonly format: { columnWidth: number; font: { bold: boolean } } = {
    columnWidth: 0,
    font: { bold: false },
  };
  readonly dataValidation: FakeValidation;
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly box: Box,
  ) {
    this.dataValidation = { address: boxAddress(box) };
    const validations = context.data.sheet(sheetName).validations;
    const dv = this.dataValidation;
    let pushed = false;
    const remember = () => {
      if (!pushed) validations.push(dv);
      pushed = true;
    };
    let rule: unknown;
    let alert: unknown;
    Object.defineProperties(dv, {
      rule: { get: () => rule, set: (v: unknown) => ((rule = v), remember()), enumerable: true },
      errorAlert: { get: () => alert, set: (v: unknown) => ((alert = v), remember()), enumerable: true },
    });
  }
  private get sheet(): FakeSheet {
    return this.context.data.sheet(this.sheetName);
  }
  private write(matrix: readonly (readonly Value[])[]): void {
    const height = this.box.bottom - this.box.top + 1;
    const width = this.box.right - this.box.left + 1;
    if (matrix.length !== height || matrix.some((row) => row.length !== width)) {
      throw new Error(
        `InvalidArgument: matrice ${matrix.length}×${matrix[0]?.length} pour ${boxAddress(this.box)}`,
      );
    }
    matrix.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = `${columnLetter(this.box.left + c)}${this.box.top + r}`;
        // As in Excel, a string starting with « = » becomes a formula whether written as values or
        // formulas, and a leading apostrophe keeps the rest as text.
        if (typeof value === "string" && value.startsWith("=")) {
          this.sheet.cells.set(address, { value: "", formula: value });
        } else if (typeof value === "string" && value.startsWith("'")) {
          this.sheet.set(address, value.slice(1));
        } else {
          this.sheet.set(address, value);
        }
      }),
    );
  }
  set values(matrix: Matrix) {
    this.write(matrix);
  }
  get values(): Matrix {
    return this.loadedValues.get("range.values");
  }
  set formulas(matrix: Matrix) {
    this.write(matrix);
  }
  set numberFormat(matrix: string[][]) {
    this.sheet.numberFormats.set(boxAddress(this.box), matrix[0]?.[0] ?? "");
  }
  get address(): string {
    return this.loadedAddress.get("range.address");
  }
  load(properties: string): this {
    this.context.later(() => {
      if (properties.includes("values")) this.loadedValues.set(this.sheet.matrix(this.box));
      if (properties.includes("address"))
        this.loadedAddress.set(`'${this.sheetName}'!${boxAddress(this.box)}`);
    });
    return this;
  }
  get conditionalFormats(): FakeCfCollection {
    return new FakeCfCollection(this.context, this.sheetName, this.box);
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheetName, { ...this.box, top: 1, bottom: WHOLE.bottom });
  }
  select(): void {
    this.context.data.selection = { sheet: this.sheetName, address: boxAddress(this.box) };
  }
  clear(): void {
    for (const key of [...this.sheet.cells.keys()])
      if (intersects(parseBox(key), this.box)) this.sheet.cells.delete(key);
  }
}

class FakeCfCollection {
  private loaded = new Loaded<FakeCfObject[]>();
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly box: Box,
  ) {}
  load(): this {
    this.context.later(() => {
      const list = this.context.data.sheet(this.sheetName).conditionalFormats;
      this.loaded.set(
        list
          .filter((cf) => intersects(parseBox(cf.address), this.box))
          .map((cf) => new FakeCfObject(this.context, this.sheetName, cf)),
      );
    });
    return this;
  }
  get items(): FakeCfObject[] {
    return this.loaded.get("conditionalFormats.items");
  }
  add(type: string): FakeCfObject {
    const cf: FakeConditionalFormat = { id: this.context.data.newId(), address: boxAddress(this.box), type };
    this.context.data.sheet(this.sheetName).conditionalFormats.push(cf);
    return new FakeCfObject(this.context, this.sheetName, cf);
  }
}

class FakeCfObject {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  readonly customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly cf: FakeConditionalFormat,
  ) {
    const rule = {} as { formula: string };
    Object.defineProperty(rule, "formula", {
      get: () => cf.formula ?? "",
      set: (v: string) => (cf.formula = v),
    });
    const fill = {} as { color: string };
    Object.defineProperty(fill, "color", { get: () => cf.fill ?? "", set: (v: string) => (cf.fill = v) });
    this.custom = { rule, format: { fill } };
    this.customOrNullObject = { isNullObject: cf.type !== "Custom", rule };
  }
  get type(): string {
    return this.cf.type;
  }
  delete(): void {
    const list = this.context.data.sheet(this.sheetName).conditionalFormats;
    const index = list.indexOf(this.cf);
    if (index >= 0) list.splice(index, 1);
  }
}

class TableCollection {
  private loaded = new Loaded<FakeTableObject[]>();
  constructor(private readonly context: FakeContext) {}
  load(): this {
    this.context.later(() =>
      this.loaded.set(this.context.data.tables.map((tb) => new FakeTableObject(this.context, tb))),
    );
    return this;
  }
  get items(): FakeTableObject[] {
    return this.loaded.get("tables.items");
  }
  getItem(name: string): FakeTableObject {
    return new FakeTableObject(this.context, this.context.data.table(name));
  }
}

class FakeTableObject {
  readonly onChanged: { add: (handler: () => Promise<void>) => { context: FakeContext; remove: () => void } };
  constructor(
    private readonly context: FakeContext,
    private readonly table: FakeTable,
  ) {
    this.onChanged = {
      add: (handler) => {
        table.handlers.push(handler);
        return {
          context,
          remove: () => {
            const i = table.handlers.indexOf(handler);
            if (i >= 0) table.handlers.splice(i, 1);
          },
        };
      },
    };
  }
  get name(): string {
    return this.table.name;
  }
  set name(value: string) {
    this.table.name = value;
  }
  set style(value: string) {
    this.table.style = value;
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, this.table.sheet, { ...this.table.box, bottom: this.table.box.top });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, this.table.sheet, { ...this.table.box, top: this.table.box.top + 1 });
  }
}
