import { Body1, Caption1, Link, Subtitle2 } from "@fluentui/react-components";
import { useEffect } from "react";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { PolicyPicker } from "../../../shared/ui";
import type { TeamsHost } from "../host";
import { tabConfigFor } from "../state/tab-config";
import { useViewStyles } from "./styles";

/** Configuration page of the channel / meeting tab: choose the SPASER preset, then Teams' Save. */
export function ConfigView({
  host,
  policy,
  onPolicy,
}: {
  host: TeamsHost;
  policy: Policy;
  onPolicy: (id: string) => void;
}) {
  const styles = useViewStyles();
  const config = tabConfigFor(policy, window.location.origin);
  useEffect(() => {
    host.setConfigReady(true, () => config);
  }, [host, config]);
  return (
    <div className={styles.stack} data-testid="config">
      <Subtitle2 as="h2">{t("teams.config.title")}</Subtitle2>
      <Body1>{t("teams.config.intro")}</Body1>
      <PolicyPicker value={policy.id} onChange={onPolicy} />
      <Caption1>
        {t(host.info.kind === "teams" ? "teams.config.saveInTeams" : "teams.config.standalone")}{" "}
        <Link href={config.contentUrl}>{config.suggestedDisplayName}</Link>
      </Caption1>
    </div>
  );
}
