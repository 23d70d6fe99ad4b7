export type CopyLinkResult = { copied: true; url: string } | { copied: false; url: string; reason: string };

/**
 * Puts `url` on the clipboard. The clipboard API is missing outside secure contexts and can
 * reject (permission denied, document not focused); the caller then shows the URL to copy by hand.
 */
export async function copyLink(url: string): Promise<CopyLinkResult> {
  if (typeof navigator === "undefined" || navigator.clipboard === undefined || typeof navigator.clipboard.writeText !== "function") {
    return { copied: false, url, reason: "this browser does not allow copying here" };
  }
  try {
    await navigator.clipboard.writeText(url);
    return { copied: true, url };
  } catch (error) {
    return { copied: false, url, reason: error instanceof Error ? error.message : String(error) };
  }
}
