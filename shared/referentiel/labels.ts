import { t } from "../i18n";
import type { Referentiel, VersionStatus } from "./referentiel";
import {
  TRANSVERSE,
  type ClauseStatus,
  type DocumentType,
  type Lever,
  type Pillar,
  type PolicyDefault,
} from "./schema";

// French labels of the référentiel's vocabularies, from the catalogue (shared/i18n/referentiel.fr.ts).

export const pillarLabel = (pillar: Pillar): string => t(`referentiel.pillar.${pillar}`);
export const leverLabel = (lever: Lever): string => t(`referentiel.lever.${lever}`);
export const documentLabel = (document: DocumentType): string => t(`referentiel.document.${document}`);
export const statusLabel = (status: ClauseStatus): string => t(`referentiel.status.${status}`);
/** What a placeholder's `policyDefault` takes from the active SPASER, in words. */
export const policyDefaultLabel = (source: PolicyDefault): string => t(`referentiel.policyDefault.${source}`);
export const versionStatusLabel = (status: VersionStatus): string => t(`referentiel.versionStatus.${status}`);

/** The label of a segment id (« transverse » included); the id itself when unknown. */
export function segmentLabel(referentiel: Referentiel, id: string): string {
  if (id === TRANSVERSE) return t("referentiel.segment.transverse");
  return referentiel.segment(id)?.label ?? id;
}
