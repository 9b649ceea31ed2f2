import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { Add16Regular, Dismiss12Regular } from "@fluentui/react-icons";
import { Suspense, useDeferredValue, useMemo, useState } from "react";
import { segmentLabel, type LeverRef, type SegmentId } from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Pillar } from "../../../shared/referentiel";
import {
  addLever,
  describeLever,
  hasLever,
  needsAttention,
  removeLever,
  suggestLevers,
  type LeverSuggestion,
  type LeverView,
} from "../state/levers";
import type { Library } from "./referentiel-library";
import { useLibrary } from "./useLibrary";

// Proposed levers: the picker of the dossier form, and how every view names a recorded lever (clause
// title and pillar, with a badge when its version is outdated, retired or unknown).

const useStyles = makeStyles({
  tags: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  tag: {
    display: "inline-flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  result: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  resultText: { display: "flex", flexDirection: "column", minWidth: 0 },
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalM,
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: "inherit" },
  muted: { color: tokens.colorNeutralForeground3 },
  // Long clause titles wrap inside their badge instead of overflowing a narrow agenda.
  wrap: { height: "auto", whiteSpace: "normal", maxWidth: "100%" },
  badges: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  picker: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** Results shown per part (segment, transverse) before asking the user to narrow the search. */
const PICKER_LIMIT = 6;

const statusColor: Record<LeverView["status"], BadgeProps["color"]> = {
  "a-jour": "success",
  "version-depassee": "warning",
  retiree: "danger",
  inconnue: "danger",
};

/** Where a recorded version stands, when it needs attention; nothing when it is up to date. */
function StatusBadge({ view, library }: { view: LeverView; library: Library }) {
  if (!needsAttention(view)) return null;
  const label =
    view.status === "inconnue" && view.title !== undefined
      ? t("teams.levers.unknownVersion", { version: view.version })
      : view.status === "version-depassee" && view.current !== undefined
        ? `${library.versionStatusLabel(view.status)} (${t("teams.levers.current", { version: view.current })})`
        : library.versionStatusLabel(view.status);
  return (
    <Badge appearance="tint" color={statusColor[view.status]} data-testid="lever-status">
      {label}
    </Badge>
  );
}

/** One lever in words: « Titre — Social · v2 », or its id while the référentiel loads. */
function LeverText({ lever, library }: { lever: LeverRef; library: Library | undefined }) {
  const styles = useStyles();
  if (!library) return <span>{`${lever.clauseId} v${lever.version}`}</span>;
  const view = describeLever(library.referentiel, lever);
  return (
    <>
      <span data-testid="lever-title">{view.title ?? view.clauseId}</span>{" "}
      <span className={styles.muted}>
        {view.pillar ? `${library.pillarLabel(view.pillar)} · v${view.version}` : `v${view.version}`}
      </span>{" "}
      <StatusBadge view={view} library={library} />
    </>
  );
}

/** The recorded ids, while the référentiel's code loads. */
function RawLevers({ levers }: { levers: readonly LeverRef[] }) {
  return <span>{levers.map((l) => `${l.clauseId} v${l.version}`).join(", ")}</span>;
}

const libraryOf = (state: ReturnType<typeof useLibrary>) =>
  state.status === "ready" ? state.library : undefined;

/** The recorded levers as tags; removable when `onRemove` is given. */
function LeverTags({
  levers,
  onRemove,
  label,
}: {
  levers: readonly LeverRef[];
  onRemove?: (clauseId: string) => void;
  label: string;
}) {
  const styles = useStyles();
  const library = libraryOf(useLibrary());
  return (
    <ul className={styles.tags} aria-label={label}>
      {levers.map((lever) => {
        const title = library?.referentiel.getClause(lever.clauseId)?.title ?? lever.clauseId;
        return (
          <li key={lever.clauseId} className={styles.tag} data-testid="lever">
            <LeverText lever={lever} library={library} />
            {onRemove && (
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss12Regular />}
                aria-label={t("teams.levers.remove", { title })}
                onClick={() => onRemove(lever.clauseId)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Compact badges for the agenda list: the title with its pillar, plus the version warning if any. */
export function LeverBadges({ levers }: { levers: readonly LeverRef[] }) {
  // An agenda without levers does not fetch the référentiel.
  return levers.length === 0 ? null : (
    <Suspense fallback={<RawLevers levers={levers} />}>
      <LeverBadgeList levers={levers} />
    </Suspense>
  );
}

function LeverBadgeList({ levers }: { levers: readonly LeverRef[] }) {
  const styles = useStyles();
  const library = libraryOf(useLibrary());
  return (
    <ul className={styles.tags} aria-label={t("teams.dossier.levers")}>
      {levers.map((lever) => {
        const view = library ? describeLever(library.referentiel, lever) : undefined;
        return (
          <li key={lever.clauseId} className={styles.badges} data-testid="lever-badge">
            <Badge appearance="outline" color="informative" shape="rounded" className={styles.wrap}>
              {view?.title
                ? `${view.pillar ? `${library?.pillarLabel(view.pillar)} · ` : ""}${view.title}`
                : `${lever.clauseId} v${lever.version}`}
            </Badge>
            {view && library && <StatusBadge view={view} library={library} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The levers as plain list items (meeting stage and side panel). */
export function LeverItems({ levers }: { levers: readonly LeverRef[] }) {
  return (
    <Suspense
      fallback={levers.map((lever) => (
        <li key={lever.clauseId}>{`${lever.clauseId} v${lever.version}`}</li>
      ))}
    >
      <LeverItemList levers={levers} />
    </Suspense>
  );
}

function LeverItemList({ levers }: { levers: readonly LeverRef[] }) {
  const library = libraryOf(useLibrary());
  return (
    <>
      {levers.map((lever) => (
        <li key={lever.clauseId} data-testid="lever">
          <LeverText lever={lever} library={library} />
        </li>
      ))}
    </>
  );
}

function Highlighted({ text, query, library }: { text: string; query: string; library: Library }) {
  const styles = useStyles();
  return (
    <>
      {library.highlight(text, query).map((segment, index) =>
        segment.hit ? (
          <mark key={index} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function PickerBody({
  library,
  segment,
  levers,
  onChange,
}: {
  library: Library;
  segment: SegmentId;
  levers: readonly LeverRef[];
  onChange: (levers: LeverRef[]) => void;
}) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [pillar, setPillar] = useState<Pillar | "">("");
  // Typing stays fluid: the list follows the box a frame later when the search is slower than typing.
  const deferredQuery = useDeferredValue(query);
  const suggestions = useMemo(
    () =>
      suggestLevers(library.referentiel, library.searchIndex(), {
        segment,
        query: deferredQuery,
        limit: PICKER_LIMIT,
        ...(pillar ? { pillar } : {}),
      }),
    [library, segment, deferredQuery, pillar],
  );
  const row = ({ clause }: LeverSuggestion) => {
    const chosen = hasLever(levers, clause);
    return (
      <li key={clause.id} className={styles.result} data-testid="lever-suggestion">
        <div className={styles.resultText}>
          <Body1Strong>
            <Highlighted text={clause.title} query={deferredQuery} library={library} />
          </Body1Strong>
          <Caption1 className={styles.muted} data-testid="lever-facets">
            {library.pillarLabel(clause.pillar)} · {library.leverLabel(clause.lever)} · v{clause.version}
          </Caption1>
        </div>
        <Button
          size="small"
          icon={<Add16Regular />}
          disabled={chosen}
          aria-label={t("teams.levers.add", { title: clause.title })}
          onClick={() => onChange(addLever(levers, clause))}
        />
      </li>
    );
  };
  const part = (title: string, list: readonly LeverSuggestion[]) =>
    list.length > 0 && (
      <>
        <Caption1>{title}</Caption1>
        <ul className={styles.results} aria-label={title}>
          {list.map(row)}
        </ul>
      </>
    );
  const empty = suggestions.specific.length === 0 && suggestions.transverse.length === 0;
  return (
    <>
      <div className={styles.filters}>
        <Field label={t("teams.levers.search")}>
          <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <Field label={t("teams.levers.pillar")}>
          <Select value={pillar} onChange={(_, data) => setPillar(data.value as Pillar | "")}>
            <option value="">{t("teams.levers.allPillars")}</option>
            {library.pillars.map((p) => (
              <option key={p} value={p}>
                {library.pillarLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {part(t("teams.levers.specific", { segment: segmentLabel(segment) }), suggestions.specific)}
      {part(t("teams.levers.transverse"), suggestions.transverse)}
      {empty && <Caption1>{t("teams.levers.none")}</Caption1>}
      {suggestions.hidden > 0 && (
        <Caption1 className={styles.muted}>
          {t("teams.levers.hidden", { count: suggestions.hidden })}
        </Caption1>
      )}
    </>
  );
}

/**
 * The dossier's proposed levers: the chosen ones as removable tags, then the référentiel's insertable
 * clauses for the dossier's segment (its own first, then transverse), filterable by pillar and searchable.
 */
export function LeverPicker(props: {
  segment: SegmentId;
  levers: readonly LeverRef[];
  onChange: (levers: LeverRef[]) => void;
}) {
  return (
    <Suspense fallback={<Spinner size="tiny" label={t("teams.levers.loading")} />}>
      <Picker {...props} />
    </Suspense>
  );
}

function Picker({
  segment,
  levers,
  onChange,
}: {
  segment: SegmentId;
  levers: readonly LeverRef[];
  onChange: (levers: LeverRef[]) => void;
}) {
  const styles = useStyles();
  const state = useLibrary();
  return (
    <fieldset className={styles.picker} data-testid="lever-picker">
      <legend className={styles.legend}>{t("teams.dossier.levers")}</legend>
      {levers.length > 0 ? (
        <LeverTags
          levers={levers}
          label={t("teams.dossier.levers")}
          onRemove={(clauseId) => onChange(removeLever(levers, clauseId))}
        />
      ) : (
        <Caption1>{t("teams.dossier.leversNone")}</Caption1>
      )}
      {state.status === "loading" && <Spinner size="tiny" label={t("teams.levers.loading")} />}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <PickerBody library={state.library} segment={segment} levers={levers} onChange={onChange} />
      )}
    </fieldset>
  );
}
