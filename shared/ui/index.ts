export { AppShell, type AppShellProps } from "./AppShell";
export { StandaloneNotice, type StandaloneNoticeProps } from "./StandaloneNotice";
export { EmptyState, ErrorState, LoadingState } from "./states";
export { useNotify, TOASTER_ID } from "./toasts";
export { fluentTheme, themeFromBackground, type HostFamily, type HostTheme } from "./theme";
export { PolicyPicker } from "./PolicyPicker";
export { mountApp } from "./mount";
export { usePersistentState } from "./usePersistentState";
export { detectOfficeHost, type OfficeHostInfo } from "./office-host";
