import type { ErrorCode, MessageParams } from "../i18n";

/** Parsing user input never throws: it says what it read, or why it could not. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ErrorCode; readonly params: MessageParams };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const rejected = <T>(code: ErrorCode, params: MessageParams = {}): ParseResult<T> => ({
  ok: false,
  code,
  params,
});
