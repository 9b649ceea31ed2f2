export { AppShell, type AppShellProps } from "./AppShell";
export { StandaloneNotice, type StandaloneNoticeProps } from "./StandaloneNotice";
export { EmptyState, ErrorState, LoadingState } from "./states";
export { useNotify, TOASTER_ID } from "./toasts";
export { fluentTheme, themeFromBackground, type HostFamily, type HostTheme } from "./theme";
export { PolicyPicker } from "./PolicyPicker";
export { mountApp, type MountOptions } from "./mount";
export { usePersistentState } from "./usePersistentState";
export { detectOfficeHost, type OfficeHostInfo } from "./office-host";
// The platform wiring's hooks and components live in their own folder index (shared/ui/platform): they
// load MSAL/Graph code on demand, and importing them from here would put them in every start-up bundle.
export { PlatformProvider, type PlatformOptions, type PlatformProviderProps } from "./platform/context";
