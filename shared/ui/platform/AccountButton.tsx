import { Button, Caption1, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { t } from "../../i18n";
import { toSpaserError } from "../../errors";
import { useNotify } from "../toasts";
import { accountLabel } from "./controller";
import { usePlatform } from "./PlatformProvider";

const useStyles = makeStyles({
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
      <Tooltip content={t("platform.account.notConfiguredHint")} relationship="description">
        <Caption1 className={styles.muted} data-testid="account-state" data-state="unconfigured" tabIndex={0}>
          {t("platform.account.notConfigured")}
        </Caption1>
      </Tooltip>
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
    <Tooltip content={t("platform.account.signInHint")} relationship="description">
      <Button
        size="small"
        appearance="primary"
        data-testid="account-state"
        data-state={authState}
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
    </Tooltip>
  );
}
