import type { Command } from "../command";
import { policyCommand } from "./policy";
import { referentielCommand } from "./referentiel";
import { dceCommand } from "./dce";

// Each command group lives in its own file; add one line here to expose it.
export const commands: readonly Command[] = [policyCommand, referentielCommand, dceCommand];
