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
export const documentLabel = (document: DocumentType): string => t(`referentiel.docType.${document}`);
export const statusLabel = (status: ClauseStatus): string => t(`referentiel.status.${status}`);
/** What a placeholder's `policyDefault` takes from the active SPASER, in words. */
export const policyDefaultLabel = (source: PolicyDefault): string => t(`referentiel.policyDefault.${source}`);
export const versionStatusLabel = (status: VersionStatus): string => t(`referentiel.versionStatus.${status}`);

/** The label of a segment id (« transverse » included); the id itself when unknown. */
export function segmentLabel(referentiel: Referentiel, id: string): string {
  if (id === TRANSVERSE) return t("referentiel.segment.transverse");
  return referentiel.segment(id)?.label ?? id;
}

/**
 * The title of a recorded clause reference (a lever or a provision of a committee decision): the title of
 * that version, else of the current one when the version is unknown; `undefined` for an unknown clause.
 * The agenda's minutes take it as their `clauseTitle`.
 */
export const clauseTitleIn =
  (referentiel: Pick<Referentiel, "getClause">) =>
  (ref: { readonly clauseId: string; readonly version: number }): string | undefined =>
    (referentiel.getClause(ref.clauseId, ref.version) ?? referentiel.getClause(ref.clauseId))?.title;
