import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, CYTOSCAPE_STYLESHEET, freshSecurityHeaders, PERMISSIONS_POLICY, securityHeaders } from "@/lib/server/http";

// The security headers as proxy.ts sets them; e2e/headers.spec.ts checks them on the served app
// and that the explorer runs under them without a single violation.

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("the production Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy({ nonce: "abc123", dev: false }));

  it("allows only the app's own origin, scripts by this response's nonce", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("has no unsafe-eval or unsafe-inline anywhere, and refuses style attributes", () => {
    expect([...policy.values()].flat().filter((source) => source.startsWith("'unsafe-"))).toEqual([]);
    expect(policy.get("style-src-attr")).toEqual(["'none'"]);
  });

  it("allows Cytoscape's own stylesheet by the hash of the text Cytoscape writes", () => {
    const source = readFileSync("node_modules/cytoscape/dist/cytoscape.esm.mjs", "utf8");
    expect(source).toContain("var className = '__________cytoscape_container';");
    expect(source).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    const hash = createHash("sha256").update(CYTOSCAPE_STYLESHEET).digest("base64");
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123'", `'sha256-${hash}'`]);
  });
});

describe("the development policy", () => {
  it("adds what next dev needs, and only there", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", dev: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("securityHeaders", () => {
  it("sets framing, sniffing, referrer and permissions headers beside the policy", () => {
    const headers = securityHeaders({ nonce: "n", dev: false });
    expect(headers).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });

  it("switches off camera, microphone, geolocation and payment, but not the clipboard Copy link writes to", () => {
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    expect(PERMISSIONS_POLICY).not.toContain("clipboard-write");
  });

  it("gives every response a nonce of its own", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => /'nonce-([^']+)'/.exec(freshSecurityHeaders()["Content-Security-Policy"])?.[1]));
    expect(nonces.size).toBe(20);
    expect([...nonces].every((nonce) => nonce !== undefined && Buffer.from(nonce, "base64").length === 16)).toBe(true);
  });
});
