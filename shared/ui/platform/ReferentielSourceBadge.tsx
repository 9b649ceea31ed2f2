import { Badge, makeStyles } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { usePlatformController } from "./PlatformProvider";

// A Fluent badge has a fixed height: a long label in a narrow pane must wrap instead of overflowing.
const useStyles = makeStyles({
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "start", maxWidth: "100%" },
});

/** Which copy of the référentiel is in use; nothing until an app asked for the référentiel. */
export function ReferentielSourceBadge() {
  const styles = useStyles();
  const controller = usePlatformController();
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const info = snapshot.referentiel;
  if (!info) return null;
  const color =
    info.source === "sharepoint" ? "success" : info.source === "cache" ? "warning" : "informative";
  return (
    <Badge
      appearance="tint"
      className={styles.badge}
      color={color}
      data-testid="referentiel-source"
      data-source={info.source}
      title={info.problem?.message}
    >
      {info.label}
    </Badge>
  );
}
