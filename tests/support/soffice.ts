// LibreOffice headless, used by the integration tests to open the files the product writes:
// if LibreOffice can read a .docx/.xlsx and convert it, a real office suite can open it.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export function sofficePath(): string {
  for (const candidate of [
    "/usr/bin/soffice",
    "/usr/bin/libreoffice",
    "/usr/lib/libreoffice/program/soffice",
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    "LibreOffice introuvable : installez-le (apt-get install -y libreoffice-writer libreoffice-calc) ou lancez .ci/run.",
  );
}

/**
 * Converts `file` with `soffice --headless --convert-to <format>` into a fresh folder and returns the
 * output path. Each call uses its own user profile so parallel runs never share a locked profile.
 * `format` may carry a filter, e.g. `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2`
 * exports the second sheet only (LibreOffice then names the file `<name>-<Sheet>.csv`: the output is
 * found by its extension in the fresh folder, whatever its name).
 */
export async function sofficeConvert(file: string, format: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "spaser-soffice-out-"));
  const profile = mkdtempSync(join(tmpdir(), "spaser-soffice-profile-"));
  await run(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 120_000 },
  );
  const extension = format.split(":")[0] as string;
  const [output] = readdirSync(outDir).filter((name) => name.endsWith(`.${extension}`));
  if (!output) throw new Error(`LibreOffice n'a pas produit de fichier .${extension} à partir de ${file}`);
  return join(outDir, output);
}
