import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { t } from "../../../shared/i18n";
import { usePersistentState } from "../../../shared/ui";
import { countdown } from "./time";

const useStyles = makeStyles({
  time: { fontSize: tokens.fontSizeHero700, fontVariantNumeric: "tabular-nums" },
  over: { color: tokens.colorPaletteRedForeground1 },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

interface TimerState {
  /** Epoch ms when started (running), or undefined when paused. */
  startedAt?: number;
  /** Seconds already spent before the last start. */
  spent: number;
}

/** Countdown of the current item's slot; its state survives a reload of the side panel. */
export function CountdownTimer({ itemKey, minutes }: { itemKey: string; minutes: number }) {
  const styles = useStyles();
  const [state, setState] = usePersistentState<TimerState>(`spaser.teams.timer.${itemKey}`, { spent: 0 });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.startedAt === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [state.startedAt]);
  const spent =
    state.spent + (state.startedAt === undefined ? 0 : Math.max(0, (now - state.startedAt) / 1000));
  const left = minutes * 60 - spent;
  return (
    <div>
      <Text
        className={`${styles.time} ${left < 0 ? styles.over : ""}`}
        role="timer"
        aria-live="off"
        data-testid="countdown"
      >
        {countdown(left)}
      </Text>
      <div className={styles.row}>
        {state.startedAt === undefined ? (
          <Button size="small" onClick={() => setState({ ...state, startedAt: Date.now() })}>
            {t("teams.timer.start")}
          </Button>
        ) : (
          <Button size="small" onClick={() => setState({ spent })}>
            {t("teams.timer.pause")}
          </Button>
        )}
        <Button size="small" onClick={() => setState({ spent: 0 })}>
          {t("teams.timer.reset")}
        </Button>
      </div>
    </div>
  );
}
