import type { Command } from "../command";
import { policyCommand } from "./policy";
import { agendaCommand } from "./agenda";

// Each command group lives in its own file; add one line here to expose it.
export const commands: readonly Command[] = [policyCommand, agendaCommand];
