"use client";

import { usePathname } from "next/navigation";

/** The path that was asked for, as the browser sent it; Next gives a not-found page no props. */
export function RequestedPath() {
  const pathname = usePathname();
  return <code data-testid="missing-path">{pathname}</code>;
}
