import "fake-indexeddb/auto";
import { describeRepositoryContract } from "../../tests/fixtures/agenda/repository-contract";
import { IndexedDbAgendaRepository } from "./indexeddb";
import { InMemoryAgendaRepository } from "./memory";

let databases = 0;
describeRepositoryContract("In-memory", async () => new InMemoryAgendaRepository());
describeRepositoryContract("IndexedDB", () =>
  IndexedDbAgendaRepository.open(`spaser-agenda-test-${++databases}`),
);
