import { Body1, Caption1, Link, Subtitle2 } from "@fluentui/react-components";
import { useEffect } from "react";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { PolicyPicker } from "../../../shared/ui";
import type { TabConfig, TeamsHost } from "../host";
import { useViewStyles } from "./styles";

/** What the channel or meeting tab opens: the content page with the chosen preset. */
export function tabConfigFor(policy: Policy, origin: string): TabConfig {
  const contentUrl = `${origin}/teams-app/index.html?policy=${encodeURIComponent(policy.id)}`;
  return {
    contentUrl,
    websiteUrl: contentUrl,
    entityId: `spaser-comites-${policy.id}`,
    suggestedDisplayName: t("teams.config.tabName", { policy: policy.shortLabel }),
  };
}

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
