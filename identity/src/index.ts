export { IdentityError, isRole, mayWrite, roles, viewerFromClaims, viewerKey } from './viewer.ts';
export type { IdentityErrorCode, Role, Viewer } from './viewer.ts';
export { createTokenVerifier } from './token-verifier.ts';
export type { TokenVerifier, TokenVerifierOptions } from './token-verifier.ts';
export { createRouterCredentialSigner, createRouterCredentialVerifier, routerCredentialHeader } from './router-credential.ts';
export type { RouterCredentialSigner, RouterCredentialVerifier } from './router-credential.ts';
