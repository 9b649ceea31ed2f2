import {
  describeSource,
  getPolicy,
  listPolicies,
  type Committee,
  type Policy,
  type Target,
  type Threshold,
} from "../../policies";
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

function formatTargetValue(target: Target, value: number): string {
  if (target.unit === "percent") return formatPercent(value);
  return `${formatNumber(value)}${target.unit === "hours" ? " h" : ""}`;
}

function thresholdAmount(threshold: Threshold): string {
  const amount = (value: number) => formatAmount(value, { tax: "HT", wholeEuros: true });
  if (threshold.maxAmountHT !== undefined) {
    return t("policy.threshold.band", {
      min: amount(threshold.amountHT),
      max: amount(threshold.maxAmountHT),
    });
  }
  return t(`policy.threshold.${threshold.applies}`, { amount: amount(threshold.amountHT) });
}

function committeeDetails(committee: Committee): string {
  const parts = [
    committee.sessionsPerYearMax === undefined
      ? t("policy.committee.sessions", { count: formatNumber(committee.sessionsPerYear) })
      : t("policy.committee.sessionsRange", {
          min: formatNumber(committee.sessionsPerYear),
          max: formatNumber(committee.sessionsPerYearMax),
        }),
  ];
  const timing = committee.timing;
  if (timing?.kind === "before-publication") parts.push(t("policy.committee.beforePublication"));
  if (timing?.kind === "months-before-award") {
    parts.push(t("policy.committee.monthsBeforeAward", { months: timing.months }));
    if (timing.preparation) {
      parts.push(
        t("policy.committee.preparation", {
          from: timing.preparation.fromMonths,
          to: timing.preparation.toMonths,
        }),
      );
    }
  }
  if (committee.dossiersPerYear) {
    const { min, max } = committee.dossiersPerYear;
    parts.push(t("policy.committee.dossiers", { min, max }));
  }
  return parts.join(", ");
}

function printNote(io: CliIo, note: string | undefined): void {
  if (note) io.out(t("policy.note", { note }));
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
    if (rule.fallback) {
      io.out(
        t("policy.env.fallback", {
          min: formatPercent(rule.fallback.minPercent),
          max: formatPercent(rule.fallback.maxPercent),
        }),
      );
    }
  }
  io.out(`  Source : ${describeSource(rule.source)}`);
  printNote(io, rule.source.note);
  if (policy.tieBreak)
    io.out(`Départage des ex æquo : ${policy.tieBreak.label} (${describeSource(policy.tieBreak.source)})`);
  if (policy.thresholds.length > 0) {
    io.out("");
    io.out("Seuils :");
    for (const threshold of policy.thresholds) {
      io.out(`  - ${threshold.label} : ${thresholdAmount(threshold)} — ${describeSource(threshold.source)}`);
      printNote(io, threshold.note);
    }
  }
  if (policy.smeAdvance) {
    io.out(
      `Avance aux PME : ${formatPercent(policy.smeAdvance.percent)}${policy.smeAdvance.withoutGuarantee ? " sans garantie" : ""}${policy.smeAdvance.maxAmountHT === undefined ? "" : ` (${t("policy.threshold.below", { amount: formatAmount(policy.smeAdvance.maxAmountHT, { tax: "HT", wholeEuros: true }) })})`} — ${describeSource(policy.smeAdvance.source)}`,
    );
  }
  if (policy.targets.length > 0) {
    io.out("");
    io.out("Objectifs :");
    for (const target of policy.targets) {
      const entries = Object.entries(target.byYear);
      const values =
        entries.length > 0
          ? entries.map(([year, value]) => `${year} : ${formatTargetValue(target, value)}`).join(", ")
          : t("policy.target.none");
      const baseline = target.baseline
        ? ` ; ${t("policy.target.baseline", { year: target.baseline.year, value: formatTargetValue(target, target.baseline.value) })}`
        : "";
      io.out(`  - ${target.label} — ${values}${baseline} (${describeSource(target.source)})`);
    }
  }
  if (policy.committees.length > 0) {
    io.out("");
    io.out("Comités :");
    for (const committee of policy.committees) {
      io.out(`  - ${committee.label} (${committeeDetails(committee)}) : ${committee.role}`);
    }
  }
  if (policy.principles.length > 0) {
    io.out("");
    io.out(t("policy.principles.title"));
    for (const principle of policy.principles) {
      io.out(`  - ${principle.text} (${describeSource(principle.source)})`);
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
