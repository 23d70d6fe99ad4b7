import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Allegiances: who sided with whom, and when",
  description: "An explorer of shifting alliances in which every relation is backed by a verbatim quote.",
};

/**
 * Every page is rendered per request: the CSP (proxy.ts) allows only scripts carrying that
 * request's nonce, and Next can put the nonce on its inline scripts only while rendering. A static
 * page would carry none and run no script. Measured with `next start` on the seed data (2 shared
 * cores, 2 x 100 requests each, gzip): the home page's response went from 8-10 ms median static to
 * 20-23 ms, /sources from 4 ms to 12-13 ms, next to about 750 ms until the graph is first drawn.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
