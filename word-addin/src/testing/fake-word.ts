import { OfficeMockObject } from "office-addin-mock";

// A small fake of the part of Word's object model host.ts uses (PLATFORM-NOTES: office-addin-mock
// alone has no collections, getById or OOXML). Documents are data; every context.sync() is counted;
// a loaded property read before a sync throws, as Office.js does. Document properties are an
// office-addin-mock object, synced with the context.

export interface FakeControlData {
  id: number;
  tag: string;
  title: string;
  text: string;
  appearance?: string;
  ooxml?: string;
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} read before context.sync()`);
  }
}

/** Visible text of the OOXML Word would insert: w:t contents, paragraphs joined by « \r » (as Word does). */
export function ooxmlText(ooxml: string): string {
  return (ooxml.match(/<w:p>.*?<\/w:p>/gs) ?? [])
    .map((p) =>
      (p.match(/<w:t[^>]*>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
        .map((t) => (t === "<w:tab/>" ? "\t" : t.replace(/<[^>]+>/g, "")))
        .join(""),
    )
    .map((t) =>
      t
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .join("\r");
}

export class FakeWord {
  syncs = 0;
  controls: FakeControlData[] = [];
  bodyText = "";
  changeTrackingMode = "Off";
  selected: number | undefined;
  private nextId = 1000;
  private synced = 0;
  readonly properties: OfficeMockObject;

  constructor(options: { title?: string; controls?: Omit<FakeControlData, "id">[]; bodyText?: string } = {}) {
    this.properties = new OfficeMockObject({ title: options.title ?? "" });
    for (const control of options.controls ?? []) this.controls.push({ ...control, id: this.nextId++ });
    this.bodyText = options.bodyText ?? this.controls.map((c) => c.text).join("\r");
  }

  /** Installs `Word.run` on globalThis; returns a function that removes it. */
  install(): () => void {
    const global = globalThis as { Word?: unknown };
    const previous = global.Word;
    global.Word = { run: <T>(batch: (context: unknown) => Promise<T>) => batch(this.context()) };
    return () => {
      global.Word = previous;
    };
  }

  private guard<T>(loadedAt: { at: number }, value: () => T, what: string): T {
    if (this.synced <= loadedAt.at) throw new NotLoadedError(what);
    return value();
  }

  private controlProxy(data: () => FakeControlData | undefined, loadedAt = { at: Number.POSITIVE_INFINITY }) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- reason: the proxies' own `this` is the Office object
    const fake = this;
    const get = () => {
      const found = data();
      if (!found) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
      return found;
    };
    return {
      set tag(value: string) {
        get().tag = value;
      },
      get tag() {
        return fake.guard(loadedAt, () => get().tag, "tag");
      },
      set title(value: string) {
        get().title = value;
      },
      get title() {
        return fake.guard(loadedAt, () => get().title, "title");
      },
      set appearance(value: string) {
        get().appearance = value;
      },
      get text() {
        return fake.guard(loadedAt, () => get().text, "text");
      },
      get id() {
        return fake.guard(loadedAt, () => get().id, "id");
      },
      load() {
        loadedAt.at = fake.synced;
        return this;
      },
      insertOoxml(ooxml: string, location: string) {
        if (location !== "Replace") throw new Error(`fake: location ${location} not modelled`);
        const control = get();
        control.ooxml = ooxml;
        control.text = ooxmlText(ooxml);
        fake.bodyText = fake.controls.map((c) => c.text).join("\r");
      },
      select() {
        fake.selected = get().id;
      },
    };
  }

  private context() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- reason: the proxies' own `this` is the Office object
    const fake = this;
    const collectionLoaded = { at: Number.POSITIVE_INFINITY };
    const bodyLoaded = { at: Number.POSITIVE_INFINITY };
    const documentLoaded = { at: Number.POSITIVE_INFINITY };
    const contentControls = {
      load() {
        collectionLoaded.at = fake.synced;
        return this;
      },
      get items() {
        return fake.guard(
          collectionLoaded,
          () => fake.controls.map((c) => fake.controlProxy(() => c, collectionLoaded)),
          "items",
        );
      },
      getById(id: number) {
        return fake.controlProxy(() => fake.controls.find((c) => c.id === id));
      },
    };
    return {
      sync: async () => {
        fake.syncs += 1;
        fake.synced += 1;
        await fake.properties.sync();
      },
      document: {
        contentControls,
        properties: Object.assign(fake.properties, {}),
        body: {
          load() {
            bodyLoaded.at = fake.synced;
            return this;
          },
          get text() {
            return fake.guard(bodyLoaded, () => fake.bodyText, "body.text");
          },
        },
        load() {
          documentLoaded.at = fake.synced;
        },
        get changeTrackingMode() {
          return fake.guard(documentLoaded, () => fake.changeTrackingMode, "changeTrackingMode");
        },
        getSelection: () => ({
          insertParagraph: () => ({
            insertContentControl: () => {
              const control: FakeControlData = { id: fake.nextId++, tag: "", title: "", text: "" };
              fake.controls.push(control);
              return fake.controlProxy(() => control);
            },
          }),
        }),
      },
    };
  }
}
