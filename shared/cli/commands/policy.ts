import { describeSource, getPolicy, listPolicies, type Policy } from "../../policies";
import { formatAmount, formatPercent, formatNumber } from "../../text";
import { t } from "../../i18n";
import type { Command } from "../command";
import type { CliIo } from "../io";

function environmentalLine(policy: Policy): string {
  const rule = policy.environmentalCriterion;
  switch (rule.kind) {
    case "none":
      return t("policy.env.none");
    case "minimum":
      return t("policy.env.minimum", { min: formatPercent(rule.minPercent) });
    case "range-by-family": {
      const min = Math.min(...rule.ranges.map((r) => r.minPercent));
      const max = Math.max(...rule.ranges.map((r) => r.maxPercent));
      return t("policy.env.range", { min: formatPercent(min), max: formatPercent(max) });
    }
  }
}

function printPolicy(policy: Policy, io: CliIo): void {
  const familyLabel = (id: string) => policy.purchaseFamilies.find((f) => f.id === id)?.label ?? id;
  io.out(`${policy.label} (${policy.id})`);
  io.out(`Période : ${policy.period.from}${policy.period.to ? `-${policy.period.to}` : " et suivantes"}`);
  io.out(`Document : ${policy.adoptedDocument}`);
  io.out("");
  io.out(environmentalLine(policy));
  const rule = policy.environmentalCriterion;
  if (rule.kind === "range-by-family") {
    for (const range of rule.ranges) {
      io.out(
        `  - ${familyLabel(range.family)} : ${formatPercent(range.minPercent)} à ${formatPercent(range.maxPercent)}`,
      );
    }
  }
  io.out(`  Source : ${describeSource(rule.source)}`);
  if (policy.tieBreak)
    io.out(`Départage des ex æquo : ${policy.tieBreak.label} (${describeSource(policy.tieBreak.source)})`);
  if (policy.thresholds.length > 0) {
    io.out("");
    io.out("Seuils :");
    for (const threshold of policy.thresholds) {
      io.out(
        `  - ${threshold.label} : ${formatAmount(threshold.amountHT, { tax: "HT", wholeEuros: true })} — ${describeSource(threshold.source)}`,
      );
    }
  }
  if (policy.smeAdvance) {
    io.out(
      `Avance aux PME : ${formatPercent(policy.smeAdvance.percent)}${policy.smeAdvance.withoutGuarantee ? " sans garantie" : ""} — ${describeSource(policy.smeAdvance.source)}`,
    );
  }
  if (policy.targets.length > 0) {
    io.out("");
    io.out("Objectifs :");
    for (const target of policy.targets) {
      const values = Object.entries(target.byYear)
        .map(
          ([year, value]) =>
            `${year} : ${target.unit === "percent" ? formatPercent(value) : `${formatNumber(value)}${target.unit === "hours" ? " h" : ""}`}`,
        )
        .join(", ");
      io.out(`  - ${target.label} — ${values} (${describeSource(target.source)})`);
    }
  }
  if (policy.committees.length > 0) {
    io.out("");
    io.out("Comités :");
    for (const committee of policy.committees) {
      io.out(
        `  - ${committee.label} (${formatNumber(committee.sessionsPerYear)} séance(s) par an) : ${committee.role}`,
      );
    }
  }
}

export const policyCommand: Command = {
  name: "policy",
  summary: "préréglages SPASER (pondérations, seuils, objectifs, comités)",
  usage: ["policy list [--json]", "policy show <id> [--json]"],
  run(args, io) {
    const [verb, id] = args.positionals;
    if (verb === "list") {
      const policies = listPolicies();
      if (args.flags.has("json")) {
        io.out(
          JSON.stringify(
            policies.map((p) => ({ id: p.id, label: p.label, period: p.period })),
            null,
            2,
          ),
        );
        return 0;
      }
      io.out(t("policy.list.title"));
      for (const policy of policies) io.out(`  ${policy.id.padEnd(18)} ${policy.label}`);
      return 0;
    }
    if (verb === "show" && id) {
      const policy = getPolicy(id);
      if (args.flags.has("json")) io.out(JSON.stringify(policy, null, 2));
      else printPolicy(policy, io);
      return 0;
    }
    io.err("Usage : npx spaser policy list | npx spaser policy show <id> [--json]");
    return 2;
  },
};
