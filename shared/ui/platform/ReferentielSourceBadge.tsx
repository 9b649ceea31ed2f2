import { Badge } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { usePlatformController } from "./PlatformProvider";

/** Which copy of the référentiel is in use; nothing until an app asked for the référentiel. */
export function ReferentielSourceBadge() {
  const controller = usePlatformController();
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const info = snapshot.referentiel;
  if (!info) return null;
  const color =
    info.source === "sharepoint" ? "success" : info.source === "cache" ? "warning" : "informative";
  return (
    <Badge
      appearance="tint"
      color={color}
      data-testid="referentiel-source"
      data-source={info.source}
      title={info.problem?.message}
    >
      {info.label}
    </Badge>
  );
}
