import { contentSecurityPolicy, newNonce, type PolicyOptions } from "./content-security-policy";

/**
 * Powerful features the app never uses, switched off for it and anything it might embed. Only
 * names Chromium recognises (an unknown one is logged to the console). Not listed: clipboard-write,
 * which "Copy link" needs, and clipboard-read, which the browser already gates behind a prompt.
 */
const DENIED_FEATURES = ["accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen", "geolocation", "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking"];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

export type SecurityHeaders = Record<"Content-Security-Policy" | "X-Frame-Options" | "X-Content-Type-Options" | "Referrer-Policy" | "Permissions-Policy", string>;

/** The headers every response carries, page or API (set by proxy.ts, and by the TRACE guard). */
export function securityHeaders(policy: PolicyOptions): SecurityHeaders {
  return {
    "Content-Security-Policy": contentSecurityPolicy(policy),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

/** The headers for one response, with a nonce of its own. */
export function freshSecurityHeaders(): SecurityHeaders {
  return securityHeaders({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
}
