import { errorMessage, type ErrorCode, type MessageParams } from "../i18n";

/**
 * The product's one error type: a closed set of codes, a French message looked up in the catalogue,
 * and the details a caller needs to act on it (cells, file, path, HTTP status…).
 */
export class SpaserError extends Error {
  readonly code: ErrorCode;
  readonly params: MessageParams;

  constructor(code: ErrorCode, params: MessageParams = {}, options?: { cause?: unknown }) {
    super(errorMessage(code, params), options);
    this.name = "SpaserError";
    this.code = code;
    this.params = params;
  }
}

/** Turns anything thrown at a boundary (host, file, network) into a SpaserError, keeping the cause. */
export function toSpaserError(error: unknown): SpaserError {
  if (error instanceof SpaserError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SpaserError("UNKNOWN", { detail }, { cause: error });
}
