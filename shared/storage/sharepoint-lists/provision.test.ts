import { describe, expect, it } from "vitest";
import { createGraphClient } from "../../graph";
import { FAKE_SITE_ID, GraphListsFake } from "../../../tests/support/graph-fake-lists";
import { recordKinds } from "../repository";
import { planProvisioning, provisionAgendaLists } from "./provision";
import { agendaLists, filterColumns } from "./schema";

function connect() {
  const fake = new GraphListsFake();
  const graph = createGraphClient({
    auth: { getAccessToken: async () => "test-token" },
    baseUrl: fake.baseUrl,
    fetch: fake.fetch,
  });
  return { fake, graph };
}

describe("provisioning the agenda lists", () => {
  it("creates the four lists with their columns in 2 requests on an empty site", async () => {
    const { fake, graph } = connect();
    const report = await provisionAgendaLists(graph, FAKE_SITE_ID);
    expect(report.createdLists).toEqual([
      "SPASER Séances",
      "SPASER Dossiers",
      "SPASER Décisions",
      "SPASER Actions",
    ]);
    expect(fake.listTitles()).toEqual(report.createdLists);
    expect(fake.count({ inner: false })).toBe(2); // GET lists, then one $batch of 4 POST …/lists
    expect(fake.count({ inner: true, method: "POST", pathIncludes: "/lists" })).toBe(4);
    expect(Object.values(report.listIds).every((id) => id !== "")).toBe(true);
  });

  it("creates nothing on a second run", async () => {
    const { fake, graph } = connect();
    await provisionAgendaLists(graph, FAKE_SITE_ID);
    fake.resetLog();
    const second = await provisionAgendaLists(graph, FAKE_SITE_ID);
    expect(second.steps).toEqual([]);
    expect(second.createdLists).toEqual([]);
    // Reads only: the lists, then their columns in one $batch of 4 GETs.
    expect(fake.count({ inner: false })).toBe(2);
    expect(fake.count({ inner: true, method: "POST" })).toBe(0);
    expect(fake.count({ inner: true, method: "GET", pathIncludes: "/columns" })).toBe(4);
  });

  it("adds back only a column deleted by hand", async () => {
    const { fake, graph } = connect();
    const first = await provisionAgendaLists(graph, FAKE_SITE_ID);
    fake.dropColumn("SPASER Actions", "SpaserClosedOn");
    const repaired = await provisionAgendaLists(graph, FAKE_SITE_ID);
    expect(repaired.createdLists).toEqual([]);
    expect(repaired.addedColumns).toEqual(["SPASER Actions/SpaserClosedOn"]);
    expect(repaired.listIds).toEqual(first.listIds);
    expect(fake.column("SPASER Actions", "SpaserClosedOn")?.type).toBe("dateOnly");
  });

  it("indexes every column the provider filters on, and the record id is unique", async () => {
    const { fake, graph } = connect();
    await provisionAgendaLists(graph, FAKE_SITE_ID);
    for (const kind of recordKinds) {
      const list = agendaLists[kind];
      const filtered = list.columns.filter(
        (c) => c.name === "SpaserId" || (Object.values(filterColumns) as string[]).includes(c.name),
      );
      for (const column of filtered) expect(fake.column(list.displayName, column.name)?.indexed).toBe(true);
      expect(fake.column(list.displayName, "SpaserId")?.unique).toBe(true);
    }
  });

  it("plans typed column definitions (text, number, dateTime, choice, JSON text)", () => {
    const [dossiers] = planProvisioning(FAKE_SITE_ID, new Map()).filter((s) => s.kind === "dossier");
    const columns = (dossiers?.body.columns ?? []) as Record<string, unknown>[];
    const byName = (name: string) => columns.find((c) => c.name === name);
    expect(byName("SpaserSessionId")).toMatchObject({ text: { allowMultipleLines: false }, indexed: true });
    expect(byName("SpaserAmountHT")).toMatchObject({ number: {} });
    expect(byName("SpaserPublicationDate")).toMatchObject({ dateTime: { format: "dateOnly" } });
    expect(byName("SpaserProcedure")).toMatchObject({ choice: { displayAs: "dropDownMenu" } });
    expect(byName("SpaserCotation")).toMatchObject({ text: { allowMultipleLines: true, textType: "plain" } });
    expect(dossiers?.body.list).toEqual({ template: "genericList" });
  });
});
