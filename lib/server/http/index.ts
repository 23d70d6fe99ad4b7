// The HTTP edge of the app: what proxy.ts, instrumentation.ts and the API routes share.
export { API_ALLOW, API_METHODS, isApiMethod, isApiPath } from "./api-methods";
export { API_ROUTES, apiNotFound } from "./api-not-found";
export { apiQuery } from "./api-query";
export { contentSecurityPolicy, CYTOSCAPE_STYLESHEET, newNonce, type PolicyOptions } from "./content-security-policy";
export { forbiddenMethodResponse, isForbiddenMethod } from "./forbidden-methods";
export { handleProxy } from "./handle-proxy";
export { jsonError, type ApiErrorStatus } from "./json-error";
export { malformedPath } from "./malformed-path";
export { rejectApiRequest, type ApiRejection } from "./reject-api-request";
export { freshSecurityHeaders, PERMISSIONS_POLICY, securityHeaders } from "./security-headers";
export { acceptsGzip } from "./accepts-gzip";
export { PRECOMPRESSED_HEADER, precompressedBodiesHonoured } from "./precompressed-header";
