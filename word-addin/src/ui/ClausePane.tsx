// The task pane's content, loaded after the shell (with the référentiel it embeds) so the page
// shows at once; the views get the host through the pane context (Word, standalone, or a fake).
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { auditDocument, guessDocumentType, type RenderedClause } from "../../../shared/dce";
import { errorMessage, t } from "../../../shared/i18n";
import type { Clause } from "../../../shared/referentiel";
import { parseFrenchAmount } from "../../../shared/text";
import { ErrorState, useNotify, usePersistentState } from "../../../shared/ui";
import { toSpaserError } from "../../../shared/errors";
import type { ClauseHost, DocumentClauses } from "../clause-host";
import { wordClauseHost } from "../host";
import { downloadClausesDocx, standaloneClauseHost } from "../standalone-host";
import { AuditView } from "./AuditView";
import { ClauseView } from "./ClauseView";
import { CoverageView } from "./CoverageView";
import { DocxFilePicker } from "./DocxFilePicker";
import { FindView, type FindFilters } from "./FindView";
import { PaneProvider, usePane } from "./context";
import { useReferentielSource } from "../../../shared/ui/platform";

type TabId = "find" | "audit" | "coverage";

const useStyles = makeStyles({
  basket: { display: "flex", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
});

function Pane() {
  const styles = useStyles();
  const notify = useNotify();
  const { host, library, policy } = usePane();
  const [tab, setTab] = useState<TabId>("find");
  const [filters, setFilters] = usePersistentState<FindFilters>("spaser.word.filters", { query: "" });
  const [open, setOpen] = useState<Clause | undefined>();
  const [basket, setBasket] = useState<RenderedClause[]>([]);
  const [doc, setDoc] = useState<DocumentClauses | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [amount, setAmount] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const picker = host.readClauses ? undefined : (
    <DocxFilePicker
      fileName={fileName}
      onRead={(read, name) => {
        setDoc(read);
        setFileName(name);
        setError(undefined);
      }}
      onError={setError}
    />
  );

  // The document type filter starts from what the document's title says (CCAP, CCTP, RC…).
  useEffect(() => {
    if (!host.documentTitle) return;
    void host
      .documentTitle()
      .then((title) => {
        const guessed = guessDocumentType(title);
        if (guessed) setFilters({ ...filters, document: guessed });
      })
      .catch(() => undefined); // reason: a missing title only leaves the filter on « Tous »
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: once, when the pane opens
  }, [host]);

  const refresh = useCallback(async () => {
    if (!host.readClauses) return;
    try {
      setDoc(await host.readClauses());
      setError(undefined);
    } catch (failure) {
      setError(toSpaserError(failure).message);
    }
  }, [host]);

  const amountRead = amount.trim() ? parseFrenchAmount(amount) : undefined;
  const amountHT = amountRead?.ok ? amountRead.value.value : undefined;
  const report = useMemo(() => {
    if (!doc) return undefined;
    const documentType = guessDocumentType(doc.title);
    return auditDocument(
      {
        ...doc,
        ...(documentType ? { documentType } : {}),
        ...(amountHT !== undefined ? { amountHT } : {}),
      },
      library,
      policy,
    );
  }, [doc, library, policy, amountHT]);

  return (
    <>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => {
          const next = data.value as TabId;
          setTab(next);
          if (next !== "find") void refresh();
        }}
      >
        <Tab value="find">{t("dce.tab.find")}</Tab>
        <Tab value="audit">{t("dce.tab.audit")}</Tab>
        <Tab value="coverage">{t("dce.tab.coverage")}</Tab>
      </TabList>
      {error && <ErrorState message={error} onRetry={() => void refresh()} />}
      {host.kind === "standalone" && basket.length > 0 && (
        <div className={styles.basket}>
          <Button
            appearance="primary"
            data-testid="download-docx"
            onClick={() =>
              void downloadClausesDocx(basket, "Clauses SPASER").catch((failure: unknown) =>
                notify(toSpaserError(failure).message, { intent: "error" }),
              )
            }
          >
            {t("dce.action.download", { count: basket.length })}
          </Button>
        </div>
      )}
      {tab === "find" &&
        (open ? (
          <ClauseView
            key={`${open.id}@${open.version}:${policy.id}`}
            clause={open}
            onBack={() => setOpen(undefined)}
            {...(host.kind === "standalone"
              ? { onAdd: (rendered: RenderedClause) => setBasket((items) => [...items, rendered]) }
              : {})}
          />
        ) : (
          <FindView filters={filters} onFilters={setFilters} onOpen={setOpen} />
        ))}
      {tab === "audit" && (
        <AuditView report={report} trackChanges={doc?.trackChanges} onRefresh={refresh} picker={picker} />
      )}
      {tab === "coverage" && (
        <CoverageView
          report={report}
          amount={amount}
          amountError={
            amountRead && !amountRead.ok ? errorMessage(amountRead.code, amountRead.params) : undefined
          }
          onAmount={setAmount}
          picker={picker}
        />
      )}
    </>
  );
}

/** Builds the host for where the pane runs and renders the views; lazy-loaded by App. */
export default function ClausePane({ standalone, policyId }: { standalone: boolean; policyId: string }) {
  // The published référentiel when signed in (else the cached or the embedded copy; the header says which).
  const { referentiel } = useReferentielSource();
  const clauseHost: ClauseHost = useMemo(
    () => (standalone ? standaloneClauseHost : wordClauseHost()),
    [standalone],
  );
  return (
    <>
      {!standalone && !clauseHost.capabilities.wordApi13 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("dce.host.limited")}</MessageBarBody>
        </MessageBar>
      )}
      <PaneProvider host={clauseHost} policyId={policyId} referentiel={referentiel}>
        <Pane />
      </PaneProvider>
    </>
  );
}
