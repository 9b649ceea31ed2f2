// Public API of the apps' platform wiring: tenant connection, account button, référentiel source,
// agenda storage. Re-exported by shared/ui. The publishable référentiel bundle (referentiel-bundle.ts)
// is left out on purpose: it carries the référentiel; the CLI and the hook import it directly.
export {
  PlatformController,
  accountLabel,
  type Connect,
  type PlatformControllerOptions,
  type PlatformSnapshot,
  type ReferentielInUse,
  type ReferentielInUseInfo,
} from "./controller";
export { PlatformProvider, type PlatformOptions, type PlatformProviderProps } from "./context";
export {
  officeNestedAppAuth,
  pagePlatform,
  usePlatform,
  usePlatformController,
  type PlatformState,
} from "./PlatformProvider";
export { AccountButton } from "./AccountButton";
export { useReferentielSource, type ReferentielSourceState } from "./referentiel-source";
export { ReferentielSourceBadge } from "./ReferentielSourceBadge";
export {
  openAgendaStorage,
  type AgendaLocation,
  type AgendaStorage,
  type OpenAgendaOptions,
} from "./agenda-storage";
export { useAgendaRepository, AgendaListsNotice, type AgendaRepositoryState } from "./agenda-repository";
