import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import type { DocumentClauses } from "../clause-host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
});

/**
 * Standalone mode: audits a .docx chosen on disk with the very parser of `spaser dce audit` (loaded on
 * demand), so a file is judged the same in the browser, in Word and on the command line.
 */
export function DocxFilePicker({
  fileName,
  onRead,
  onError,
}: {
  fileName?: string;
  onRead: (doc: DocumentClauses, fileName: string) => void;
  onError: (message: string) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    try {
      const { readDocxControls } = await import("../../../shared/docx/dce-package");
      const reading = await readDocxControls(new Uint8Array(await file.arrayBuffer()), file.name);
      onRead({ ...reading, title: reading.title ?? file.name }, file.name);
    } catch (error) {
      onError(toSpaserError(error).message);
    }
  };
  return (
    <div className={styles.root}>
      <Caption1>{t("dce.audit.needsWord")}</Caption1>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="audit-file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
          event.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()}>{t("dce.audit.pickFile")}</Button>
      {fileName && <Caption1>{t("dce.audit.fileName", { file: fileName })}</Caption1>}
    </div>
  );
}
