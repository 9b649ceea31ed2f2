import type { Command } from "../command";
import { policyCommand } from "./policy";
import { agendaCommand } from "./agenda";
import { dceCommand } from "./dce";
import { gridCommand } from "./grid";
import { listsCommand } from "./lists";
import { referentielCommand } from "./referentiel";
import { withPublishing } from "./referentiel-publish";

// Each command group lives in its own file; add one line here to expose it.
export const commands: readonly Command[] = [
  policyCommand,
  agendaCommand,
  dceCommand,
  gridCommand,
  listsCommand,
  withPublishing(referentielCommand),
];
