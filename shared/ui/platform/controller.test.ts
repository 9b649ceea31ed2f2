// The apps' platform decisions, without React: Graph is faked (tests/support/graph-fake.ts) and the
// sign-in service is replaced by MockAuthProvider; no tenant is involved.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockAuthProvider } from "../../auth";
import { parsePlatformConfig } from "../../config";
import { SpaserError } from "../../errors";
import { connectPlatform, memoryReferentielCache } from "../../graph";
import { GraphFake } from "../../../tests/support/graph-fake";
import { GraphListsFake } from "../../../tests/support/graph-fake-lists";
import { openAgendaStorage } from "./agenda-storage";
import { PlatformController, accountLabel, type Connect } from "./controller";
import { embeddedBundle, loadEmbedded, validateReferentielBundle } from "./referentiel-bundle";

const configured = parsePlatformConfig({
  VITE_SPASER_CLIENT_ID: "6f1c2b3a-1111-4222-8333-944455556666",
  VITE_SPASER_BASE_URL: "https://spaser.contoso.fr",
  VITE_SPASER_SHAREPOINT_SITE: "contoso.sharepoint.com/sites/achats",
});
const referentielFile = "/drive/root:/Référentiel SPASER/referentiel.json:/content";

let fake: GraphFake;
let databases = 0;
beforeEach(async () => {
  fake = await new GraphFake().start();
});
afterEach(async () => {
  await fake.stop();
});

function signedOutMock(): MockAuthProvider {
  const auth = new MockAuthProvider();
  auth.state = "signedOut";
  return auth;
}

function controllerWith(auth: MockAuthProvider, cache = memoryReferentielCache()) {
  const connect: Connect = (options) =>
    connectPlatform({ ...options, auth, cache, graph: { baseUrl: fake.baseUrl } });
  return new PlatformController({ config: configured, connect });
}

describe("the platform an app runs on", () => {
  it("without a tenant: signed-out standalone, embedded référentiel, decisions in this browser", async () => {
    const controller = new PlatformController({ config: parsePlatformConfig({}) });
    expect(controller.getSnapshot().authState).toBe("unconfigured");
    await expect(controller.start()).resolves.toBeUndefined();
    const referentiel = await controller.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    expect(referentiel).toMatchObject({
      source: "embedded",
      label: "Référentiel intégré à l'application (aucune version publiée disponible)",
    });
    expect(controller.getSnapshot().referentiel?.source).toBe("embedded");
    const storage = await openAgendaStorage(controller, { databaseName: `wiring-${++databases}` });
    expect(storage.location).toBe("browser");
    expect(storage.label).toContain("ce navigateur");
    await expect(controller.signIn()).rejects.toMatchObject({ code: "AUTH_NOT_CONFIGURED" });
    expect(fake.requests).toHaveLength(0);
  });

  it("configured but signed out: « Non connecté », no SharePoint call, decisions stay local", async () => {
    const controller = controllerWith(signedOutMock());
    await controller.start();
    expect(controller.getSnapshot().authState).toBe("signedOut");
    expect(accountLabel(controller.getSnapshot())).toBe("Non connecté");
    const storage = await openAgendaStorage(controller, { databaseName: `wiring-${++databases}` });
    expect(storage.location).toBe("browser");
  });

  it("signed in: the référentiel published on SharePoint, dated, and the agenda in the site's lists", async () => {
    fake.putFile("Référentiel SPASER/referentiel.json", JSON.stringify(embeddedBundle()));
    const controller = controllerWith(new MockAuthProvider());
    await controller.start();
    expect(controller.getSnapshot().authState).toBe("signedIn");
    expect(accountLabel(controller.getSnapshot())).toBe("Acheteur");
    const referentiel = await controller.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    expect(referentiel.source).toBe("sharepoint");
    expect(referentiel.label).toMatch(/^Référentiel publié sur SharePoint \(version du \d\d\/\d\d\/\d{4}\)$/);
    expect(referentiel.data.clauses.length).toBe(loadEmbedded().clauses.length);
    expect(fake.requests.filter((r) => decodeURIComponent(r.path).includes(referentielFile))).toHaveLength(1);
  });

  it("signed in but the lists are missing: stays local, offers « Créer les listes », then uses them", async () => {
    const lists = new GraphListsFake();
    const auth = new MockAuthProvider();
    const controller = new PlatformController({
      config: configured,
      connect: (options) =>
        connectPlatform({ ...options, auth, graph: { baseUrl: lists.baseUrl, fetch: lists.fetch } }),
    });
    const storage = await openAgendaStorage(controller, { databaseName: `wiring-${++databases}` });
    expect(storage.location).toBe("browser");
    expect(storage.notProvisioned?.code).toBe("LISTS_NOT_PROVISIONED");
    expect(storage.notProvisioned?.message).toContain("contoso.sharepoint.com");
    const provisioned = await openAgendaStorage(controller, {
      provision: true,
      databaseName: `wiring-${++databases}`,
    });
    expect(provisioned.location).toBe("sharepoint");
    expect(provisioned.label).toBe(
      "Enregistré dans les listes SharePoint du site contoso.sharepoint.com/sites/achats",
    );
    await expect(provisioned.repository.list("session")).resolves.toEqual([]);
  });

  it("offline after a first load: the cached copy, saying SharePoint is unreachable", async () => {
    fake.putFile("Référentiel SPASER/referentiel.json", JSON.stringify(embeddedBundle()));
    const cache = memoryReferentielCache();
    const online = controllerWith(new MockAuthProvider(), cache);
    await online.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    await fake.goOffline();
    const offline = controllerWith(new MockAuthProvider(), cache);
    const referentiel = await offline.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    expect(referentiel.source).toBe("cache");
    expect(referentiel.label).toContain("SharePoint injoignable");
    expect(offline.getSnapshot().referentiel?.problem?.code).toBe("GRAPH_NETWORK");
  });

  it("signed out with a cached copy: the copy, labelled « connectez-vous », not « injoignable »", async () => {
    fake.putFile("Référentiel SPASER/referentiel.json", JSON.stringify(embeddedBundle()));
    const cache = memoryReferentielCache();
    await controllerWith(new MockAuthProvider(), cache).loadReferentiel(
      loadEmbedded(),
      validateReferentielBundle,
    );
    const auth = signedOutMock();
    auth.getAccessToken = () => Promise.reject(new SpaserError("AUTH_INTERACTION_REQUIRED"));
    const controller = controllerWith(auth, cache);
    const referentiel = await controller.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    expect(referentiel.source).toBe("cache");
    expect(referentiel.label).toContain("connectez-vous pour charger la dernière version");
    expect(referentiel.problem).toBeUndefined();
  });

  it("signing in and out from the button updates the state the header shows", async () => {
    const controller = controllerWith(signedOutMock());
    const states: string[] = [];
    controller.subscribe(() => states.push(controller.getSnapshot().authState));
    await controller.signIn();
    expect(controller.getSnapshot()).toMatchObject({ authState: "signedIn", busy: false });
    await controller.signOut();
    expect(controller.getSnapshot().authState).toBe("signedOut");
    expect(states).toContain("signedIn");
  });

  it("a sign-in service that fails to start leaves the app signed out, not broken", async () => {
    const controller = new PlatformController({
      config: configured,
      connect: () => Promise.reject(new Error("sessionStorage bloqué")),
    });
    await expect(controller.start()).resolves.toBeUndefined();
    expect(controller.getSnapshot().authState).toBe("signedOut");
  });
});

describe("the publishable référentiel bundle", () => {
  it("round-trips the embedded référentiel through one JSON file", () => {
    const bundle = JSON.parse(JSON.stringify(embeddedBundle())) as unknown;
    const referentiel = validateReferentielBundle(bundle);
    expect(referentiel.clauses.length).toBe(loadEmbedded().clauses.length);
    expect(referentiel.segments.length).toBe(loadEmbedded().segments.length);
  });

  it("refuses a broken bundle with the French problem list", () => {
    expect(() => validateReferentielBundle({ segments: [{ id: 3 }], legalTexts: [], clauses: [] })).toThrow(
      /segments\.json › segments\[0\]/,
    );
    expect(() => validateReferentielBundle([])).toThrow(/segments, legalTexts, clauses/);
  });
});
