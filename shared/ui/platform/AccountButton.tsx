import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { toSpaserError } from "../../errors";
import { useNotify } from "../toasts";
import { accountLabel } from "./controller";
import { usePlatform } from "./PlatformProvider";

const useStyles = /* @__PURE__ */ makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * « Se connecter » / the user's name and « Se déconnecter ». Interactive sign-in only on this click;
 * errors become French toasts. Without a tenant in the build: « Non configuré », with a tooltip.
 */
export function AccountButton() {
  const styles = useStyles();
  const platform = usePlatform();
  const notify = useNotify();
  const { authState, busy } = platform;

  if (authState === "unconfigured") {
    return (
      <Caption1
        className={styles.muted}
        data-testid="account-state"
        data-state="unconfigured"
        title={t("platform.account.notConfiguredHint")}
      >
        {t("platform.account.notConfigured")}
      </Caption1>
    );
  }

  const fail = (error: unknown) =>
    notify(t("platform.account.failed"), { body: toSpaserError(error).message, intent: "error" });

  if (authState === "signedIn") {
    return (
      <span className={styles.root} data-testid="account-state" data-state="signedIn">
        <Caption1>{accountLabel(platform)}</Caption1>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          onClick={() =>
            void platform.signOut().then(() => notify(t("platform.account.signedOutToast")), fail)
          }
        >
          {t("auth.signOut")}
        </Button>
      </span>
    );
  }

  return (
    <Button
      size="small"
      appearance="primary"
      data-testid="account-state"
      data-state={authState}
      title={t("platform.account.signInHint")}
      disabled={busy || authState === "loading"}
      onClick={() =>
        void platform.signIn().then(
          (account) =>
            notify(t("platform.account.signedInToast", { name: account.name ?? account.username })),
          (error: unknown) => {
            // The popup-blocked fallback navigates away: nothing to report.
            if (toSpaserError(error).code !== "AUTH_REDIRECTING") fail(error);
          },
        )
      }
    >
      {busy ? t("platform.account.signingIn") : t("auth.signIn")}
    </Button>
  );
}
