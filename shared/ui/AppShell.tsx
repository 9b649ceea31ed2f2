import { FluentProvider, makeStyles, Subtitle2, Toaster, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fluentTheme, type HostFamily, type HostTheme } from "./theme";
import { TOASTER_ID } from "./toasts";
import PlatformHeader from "./platform/PlatformHeader";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  tools: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
  },
});

export interface AppShellProps {
  title: string;
  theme: HostTheme;
  family: HostFamily;
  /** Right side of the header: policy picker, sign-in… */
  actions?: ReactNode;
  /** Shown under the header: the standalone notice, a sync state… */
  banner?: ReactNode;
  /** The account button (« Se connecter » / name) in the header; default true. */
  account?: boolean;
  children: ReactNode;
}

/**
 * The frame every app shares: Fluent theme of the host, header (title, the app's actions, the
 * référentiel source badge once the app uses the référentiel, the account button), banner, toasts.
 */
export function AppShell({ title, theme, family, actions, banner, account = true, children }: AppShellProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(theme, family)} lang="fr">
      <div className={styles.root}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{title}</Subtitle2>
          <div className={styles.tools}>
            {actions}
            <PlatformHeader account={account} />
          </div>
        </header>
        {banner}
        <main className={styles.main}>{children}</main>
        <Toaster toasterId={TOASTER_ID} position="bottom" />
      </div>
    </FluentProvider>
  );
}
