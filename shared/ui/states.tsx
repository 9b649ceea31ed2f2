import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t } from "../i18n";

const useStyles = makeStyles({
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
  },
});

export function EmptyState({ children, action }: { children?: ReactNode; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.empty} role="status">
      <Body1>{children ?? t("state.empty")}</Body1>
      {action}
    </div>
  );
}

export function LoadingState({ label }: { label?: string }) {
  return <Spinner label={label ?? t("state.loading")} />;
}

/** An error the user can read (a French message) and, when it makes sense, retry. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("state.error")}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("action.retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
