export { normalizeFrench, tokenizeFrench, FRENCH_STOP_WORDS } from "./normalize";
export { parseFrenchNumber, parseFrenchPercent, parseFrenchAmount, type Amount } from "./parse-number";
export { parseFrenchDate, toIsoDate, monthsBetween, addDays, type IsoDate } from "./dates";
export { formatNumber, formatPercent, formatAmount, formatDate, formatLongDate } from "./format";
export { parsed, rejected, type ParseResult } from "./parse-result";
