import type { Command } from "../command";
import { gridCommand } from "./grid";
import { policyCommand } from "./policy";

// Each command group lives in its own file; add one line here to expose it.
export const commands: readonly Command[] = [policyCommand, gridCommand];
