import {
  Badge,
  Body1Strong,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  SearchBox,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { t } from "../../../shared/i18n";
import {
  documentLabel,
  documentTypes,
  highlight,
  leverLabel,
  levers,
  pillarLabel,
  pillars,
  type Clause,
  type ClauseFilter,
  type DocumentType,
  type Lever,
  type Pillar,
} from "../../../shared/referentiel";
import { EmptyState } from "../../../shared/ui";
import { usePane } from "./context";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    listStyle: "none",
    padding: 0,
    margin: 0,
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: "inherit" },
});

export interface FindFilters {
  segment?: string;
  document?: DocumentType;
  pillar?: Pillar;
  lever?: Lever;
  query: string;
}

function Highlighted({ text, query }: { text: string; query: string }) {
  const styles = useStyles();
  return (
    <>
      {highlight(text, query).map((segment, index) =>
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

function FilterDropdown<T extends string>({
  label,
  value,
  options,
  labelOf,
  onChange,
  testId,
}: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T | undefined) => void;
  testId: string;
}) {
  const all = t("dce.filter.all");
  return (
    <Field label={label} size="small">
      <Dropdown
        size="small"
        data-testid={testId}
        value={value ? labelOf(value) : all}
        selectedOptions={[value ?? ""]}
        onOptionSelect={(_, data) =>
          onChange(
            (options as readonly string[]).includes(data.optionValue ?? "")
              ? (data.optionValue as T)
              : undefined,
          )
        }
      >
        <Option value="">{all}</Option>
        {options.map((option) => (
          <Option key={option} value={option}>
            {labelOf(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Trouver: filters, accent-insensitive search with highlighted matches, one card per clause. */
export function FindView({
  filters,
  onFilters,
  onOpen,
}: {
  filters: FindFilters;
  onFilters: (filters: FindFilters) => void;
  onOpen: (clause: Clause) => void;
}) {
  const styles = useStyles();
  const { referentiel, index } = usePane();
  const [query, setQuery] = useState(filters.query);
  const filter: ClauseFilter = {
    ...(filters.segment ? { segment: filters.segment } : {}),
    ...(filters.document ? { document: filters.document } : {}),
    ...(filters.pillar ? { pillar: filters.pillar } : {}),
    ...(filters.lever ? { lever: filters.lever } : {}),
  };
  const hits = useMemo(
    () => index.search(query, filter, { limit: 60 }),
    // The filter object is rebuilt each render; its fields are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: depend on the filter's fields, not its identity
    [index, query, filters.segment, filters.document, filters.pillar, filters.lever],
  );
  const segmentIds = referentiel.segments.map((s) => s.id);
  const citation = (id: string) => referentiel.legalText(id)?.citation ?? id;
  return (
    <>
      <div className={styles.filters}>
        <FilterDropdown
          label={t("dce.filter.segment")}
          testId="filter-segment"
          value={filters.segment}
          options={segmentIds}
          labelOf={(id) => referentiel.segment(id)?.label ?? id}
          onChange={(segment) => onFilters({ ...filters, segment })}
        />
        <FilterDropdown
          label={t("dce.filter.document")}
          testId="filter-document"
          value={filters.document}
          options={documentTypes}
          labelOf={documentLabel}
          onChange={(document) => onFilters({ ...filters, document })}
        />
        <FilterDropdown
          label={t("dce.filter.pillar")}
          testId="filter-pillar"
          value={filters.pillar}
          options={pillars}
          labelOf={pillarLabel}
          onChange={(pillar) => onFilters({ ...filters, pillar })}
        />
        <FilterDropdown
          label={t("dce.filter.lever")}
          testId="filter-lever"
          value={filters.lever}
          options={levers}
          labelOf={leverLabel}
          onChange={(lever) => onFilters({ ...filters, lever })}
        />
      </div>
      <SearchBox
        data-testid="clause-search"
        placeholder={t("dce.search.placeholder")}
        value={query}
        onChange={(_, data) => {
          setQuery(data.value);
          onFilters({ ...filters, query: data.value });
        }}
      />
      <Caption1 role="status">{t("dce.search.count", { count: hits.length })}</Caption1>
      {hits.length === 0 ? (
        <EmptyState>{t("dce.search.none")}</EmptyState>
      ) : (
        <ul className={styles.results}>
          {hits.map(({ clause }) => (
            <li key={clause.id}>
              <button
                type="button"
                className={styles.result}
                data-testid="clause-result"
                data-clause-id={clause.id}
                onClick={() => onOpen(clause)}
              >
                <Body1Strong>
                  <Highlighted text={clause.title} query={query} />
                </Body1Strong>
                <span className={styles.badges}>
                  <Badge
                    appearance="tint"
                    color={
                      clause.pillar === "environnemental"
                        ? "success"
                        : clause.pillar === "social"
                          ? "brand"
                          : "warning"
                    }
                  >
                    {pillarLabel(clause.pillar)}
                  </Badge>
                  <Badge appearance="outline">{leverLabel(clause.lever)}</Badge>
                </span>
                <Caption1>{clause.legalBases.map(citation).join(" ; ")}</Caption1>
                {clause.keywords.length > 0 && (
                  <Caption1>
                    <Highlighted text={clause.keywords.join(" · ")} query={query} />
                  </Caption1>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
