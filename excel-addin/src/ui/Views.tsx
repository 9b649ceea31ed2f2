// The pane's tabs (« Vérifier », « Nouvelle grille ») and their views, loaded after the shell by App.tsx.
import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { toSpaserError } from "../../../shared/errors";
import type { GridDefinition } from "../../../shared/grid";
import { t } from "../../../shared/i18n";
import { useNotify } from "../../../shared/ui";
import type { GridPort } from "./ports";

import { FileCheck } from "./FileCheck";
import { NewGridForm } from "./NewGridForm";
import { WorkbookCheck } from "./WorkbookCheck";

type View = "check" | "new";

export default function Views({ port, policyId }: { port: GridPort; policyId: string }) {
  const [view, setView] = useState<View>("check");
  const notify = useNotify();
  const create = async (definition: GridDefinition) => {
    try {
      if (port.kind === "office") {
        await port.createGrid(definition);
        notify(t("excel.new.done"));
        setView("check");
      } else {
        await port.downloadNewGrid(definition);
      }
    } catch (e) {
      notify(t("state.error"), { body: toSpaserError(e).message, intent: "error" });
    }
  };
  return (
    <>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
        <Tab value="check">{t("excel.tab.check")}</Tab>
        <Tab value="new">{t("excel.tab.new")}</Tab>
      </TabList>
      {view === "new" ? (
        <NewGridForm
          key={policyId}
          policyId={policyId}
          submitLabel={port.kind === "office" ? t("excel.new.submit") : t("excel.new.download")}
          onSubmit={create}
        />
      ) : port.kind === "office" ? (
        <WorkbookCheck port={port} policyId={policyId} />
      ) : (
        <FileCheck port={port} policyId={policyId} />
      )}
    </>
  );
}
