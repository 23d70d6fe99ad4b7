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
 * page would carry none and run no script. Measured with `next start` (2 shared cores, gzip): on
 * the seed data the home page went from 8-10 ms median static to 20-23 ms, /sources from 4 to 13 ms
 * (the graph is first drawn after about 750 ms); at 2,000 actors / 20,000 relations the home page
 * went from 160 to 670 ms (first drawn after about 8.5 s) and /sources takes 1.4 s. Accepted: a
 * strict policy without 'unsafe-inline' is worth that, and the seed data is what the app serves.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
