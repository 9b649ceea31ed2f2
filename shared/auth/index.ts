export {
  MockAuthProvider,
  type AuthAccount,
  type AuthMode,
  type AuthProvider,
  type AuthState,
  type TokenRequest,
} from "./provider";
export {
  createSignInService,
  REDIRECT_BRIDGE_PATH,
  type NestedAppAuthCapability,
  type SignInServiceOptions,
} from "./sign-in-service";
export { SCOPES, SITES_SELECTED, USER_READ, scopeJustifications, type ScopeJustification } from "./scopes";
