// Public API of the apps' platform wiring: tenant connection, account button, référentiel source,
// agenda storage. Re-exported by shared/ui.
export {
  PlatformController,
  accountLabel,
  type Connect,
  type PlatformControllerOptions,
  type PlatformSnapshot,
  type ReferentielInUse,
  type ReferentielInUseInfo,
} from "./controller";
export {
  PlatformProvider,
  officeNestedAppAuth,
  usePlatform,
  usePlatformController,
  type PlatformProviderProps,
  type PlatformState,
} from "./PlatformProvider";
export { AccountButton } from "./AccountButton";
export { useReferentielSource, type ReferentielSourceState } from "./referentiel-source";
export { ReferentielSourceBadge } from "./ReferentielSourceBadge";
export {
  bundleFiles,
  bundleToFiles,
  embeddedBundle,
  validateReferentielBundle,
  type ReferentielBundle,
} from "./referentiel-bundle";
export {
  openAgendaStorage,
  type AgendaLocation,
  type AgendaStorage,
  type OpenAgendaOptions,
} from "./agenda-storage";
export { useAgendaRepository, AgendaListsNotice, type AgendaRepositoryState } from "./agenda-repository";
