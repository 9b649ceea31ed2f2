import {
  Toast,
  ToastBody,
  ToastTitle,
  useToastController,
  type ToastIntent,
} from "@fluentui/react-components";
import { useCallback } from "react";

export const TOASTER_ID = "spaser-toaster";

/** Shows a short confirmation or warning; errors that need action use ErrorState instead. */
export function useNotify(): (title: string, options?: { body?: string; intent?: ToastIntent }) => void {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return useCallback(
    (title, options = {}) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {options.body && <ToastBody>{options.body}</ToastBody>}
        </Toast>,
        { intent: options.intent ?? "success" },
      ),
    [dispatchToast],
  );
}
