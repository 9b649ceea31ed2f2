import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { t } from "../../i18n";
import { toSpaserError } from "../../errors";
import { useNotify } from "../toasts";
import { openAgendaStorage, type AgendaStorage } from "./agenda-storage";
import { usePlatform, usePlatformController } from "./PlatformProvider";

export interface AgendaRepositoryState {
  /** Undefined while opening. */
  readonly storage: AgendaStorage | undefined;
  /** « Créer les listes »: provisions the SharePoint lists, then switches to them. */
  provision(): Promise<void>;
}

/**
 * The agenda's storage for the current sign-in state: SharePoint lists when signed in with a configured
 * site, else IndexedDB in this browser. Re-opened when the user signs in or out.
 */
export function useAgendaRepository(): AgendaRepositoryState {
  const controller = usePlatformController();
  const { authState } = usePlatform();
  const [storage, setStorage] = useState<AgendaStorage | undefined>(undefined);
  useEffect(() => {
    if (authState === "loading") return;
    let live = true;
    void openAgendaStorage(controller).then((opened) => {
      if (live) setStorage(opened);
    });
    return () => {
      live = false;
    };
  }, [controller, authState]);
  const provision = useCallback(async () => {
    setStorage(await openAgendaStorage(controller, { provision: true }));
  }, [controller]);
  return { storage, provision };
}

/** The « Listes SharePoint à créer » message with its « Créer les listes » action, when needed. */
export function AgendaListsNotice({ state }: { state: AgendaRepositoryState }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const problem = state.storage?.notProvisioned;
  if (!problem) return null;
  return (
    <MessageBar intent="warning" data-testid="lists-not-provisioned">
      <MessageBarBody>
        <MessageBarTitle>{t("platform.agenda.notProvisionedTitle")}</MessageBarTitle>
        {problem.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void state
              .provision()
              .then(
                () => notify(t("platform.agenda.provisioned")),
                (error: unknown) =>
                  notify(t("platform.agenda.provisionFailed"), {
                    body: toSpaserError(error).message,
                    intent: "error",
                  }),
              )
              .finally(() => setBusy(false));
          }}
        >
          {t("platform.agenda.provision")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
