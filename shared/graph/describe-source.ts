// What the apps show about the référentiel in use ("say which one they use"): one French sentence.
import { t } from "../i18n";
import { formatDate } from "../text";
import type { ReferentielSource } from "./referentiel-store";

export function describeReferentielSource(source: ReferentielSource<unknown>): string {
  switch (source.source) {
    case "sharepoint":
      return t("referentiel.source.sharepoint", { date: formatDate(source.fetchedAt.slice(0, 10)) });
    case "cache":
      return t(source.problem ? "referentiel.source.cache" : "referentiel.source.cacheSignedOut", {
        date: formatDate(source.fetchedAt.slice(0, 10)),
      });
    case "embedded":
      return t("referentiel.source.embedded");
  }
}
