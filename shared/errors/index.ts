export { SpaserError, toSpaserError } from "./spaser-error";
