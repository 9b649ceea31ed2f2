import { Badge, Button, Caption1, Field, Select, Subtitle2, Textarea } from "@fluentui/react-components";
import {
  COTATION_GRID,
  describeCotation,
  describeCotationLines,
  scoreCotation,
  type CotationInput,
  type Dossier,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import { usePersistentState } from "../../../shared/ui";
import { useStore } from "./store-context";
import { useViewStyles } from "./styles";

type Scored = "environmental" | "social" | "economic" | "supplyMaturity";
const scored: readonly Scored[] = ["environmental", "social", "economic", "supplyMaturity"];
const levelKeys = [
  "teams.cotation.level.0",
  "teams.cotation.level.1",
  "teams.cotation.level.2",
  "teams.cotation.level.3",
] as const;
const maturityKeys = [
  "teams.cotation.maturity.0",
  "teams.cotation.maturity.1",
  "teams.cotation.maturity.2",
] as const;

/** Cotation of the sustainable potential: the scorer's levels → score out of 20 and priority, live. */
export function CotationForm({ dossier }: { dossier: Dossier }) {
  const styles = useViewStyles();
  const store = useStore();
  const [input, setInput] = usePersistentState<CotationInput>(
    `spaser.teams.cotationDraft.${dossier.id}`,
    dossier.cotation ?? { environmental: 0, social: 0, economic: 0, supplyMaturity: 0 },
  );
  const cotation = scoreCotation(input, dossier);
  const save = () => {
    const { slot: _slot, ...rest } = dossier;
    store.save("dossier", { ...rest, cotation: input });
  };
  return (
    <section className={styles.section} aria-label={t("teams.cotation.title")}>
      <Subtitle2 as="h3">{t("teams.cotation.title")}</Subtitle2>
      <div className={styles.grid}>
        {scored.map((criterion) => {
          const max = COTATION_GRID.find((c) => c.id === criterion)?.maxLevel ?? 3;
          return (
            <Field key={criterion} label={t(`agenda.cotation.${criterion}`)}>
              <Select
                value={String(input[criterion])}
                onChange={(_, data) => setInput({ ...input, [criterion]: Number(data.value) })}
              >
                {Array.from({ length: max + 1 }, (_, level) => (
                  <option key={level} value={level}>
                    {t(
                      (criterion === "supplyMaturity" ? maturityKeys : levelKeys)[level] ??
                        "teams.cotation.level.0",
                    )}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <Field label={t("teams.cotation.comment")}>
        <Textarea
          value={input.comment ?? ""}
          onChange={(_, data) => setInput({ ...input, comment: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <Badge
          appearance="filled"
          color={cotation.priority === "forte" ? "danger" : "brand"}
          data-testid="cotation-score"
        >
          {describeCotation(cotation)}
        </Badge>
        <Button appearance="primary" onClick={save}>
          {t("teams.cotation.save")}
        </Button>
      </div>
      <ul className={styles.list}>
        {describeCotationLines(cotation).map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.muted}>{t("teams.cotation.method")}</Caption1>
    </section>
  );
}
