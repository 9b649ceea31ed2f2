import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { t } from "../i18n";

export interface StandaloneNoticeProps {
  /** « le complément Word », « l'application Teams »… */
  app: string;
  /** « Word », « Excel », « Teams ». */
  host: string;
  /** What works here, in a plain browser. */
  available: readonly string[];
  /** What only works inside the host. */
  hostOnly: readonly string[];
}

/** Says plainly, at the top of the page, that this is the standalone mode and what it cannot do. */
export function StandaloneNotice({ app, host, available, hostOnly }: StandaloneNoticeProps) {
  return (
    <MessageBar intent="info" data-testid="standalone-notice">
      <MessageBarBody>
        <MessageBarTitle>{t("standalone.title")}</MessageBarTitle>
        {t("standalone.body", { app, host, available: available.join(", "), hostOnly: hostOnly.join(", ") })}
      </MessageBarBody>
    </MessageBar>
  );
}
