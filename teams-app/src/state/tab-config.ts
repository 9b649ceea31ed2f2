import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import type { TabConfig } from "../host";

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
