import { expect, type Page } from "@playwright/test";

// What the hostile specs ask of every page: that no payload from the data ran, and that long
// names wrapped instead of pushing anything past the window. Run against the hostile build.

declare global {
  interface Window {
    /** Set only by a payload in tests/fixtures/hostile-data that managed to run. */
    __pwned?: unknown;
  }
}

/** Starts collecting dialogs (alert, confirm, prompt) the page opens; each is dismissed. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** No payload ran: window.__pwned unset, no dialog, no element carrying an inline event handler. */
export async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  // An <img src=x onerror> fails on the next tick; give it a moment to do its worst.
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    handlers: Array.from(document.querySelectorAll("*")).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
    links: Array.from(document.querySelectorAll("a[href]"), (a) => a.getAttribute("href") ?? "").filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
  }));
  expect(found).toEqual({ pwned: undefined, handlers: [], links: [] });
  expect(dialogs).toEqual([]);
}

/**
 * The page does not scroll sideways, no landmark or heading reaches past the window, and no
 * scrolling box holds content wider than itself (so nothing is hidden off to the side). Boxes
 * that truncate on purpose (text-overflow: ellipsis) and visually hidden ones are left out.
 */
export async function expectLayoutHolds(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const name = (element: Element) => `<${element.localName}${element.id === "" ? "" : ` #${element.id}`}> "${(element.textContent ?? "").slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const element of document.querySelectorAll("header, main, nav, aside, section, table, h1, h2, h3, dl, ul, ol, blockquote")) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < -1 || rect.right > width + 1)) found.push(`${name(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const style = getComputedStyle(element);
      if (style.overflowX === "visible" || style.textOverflow === "ellipsis" || element.clientWidth <= 1) continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth}px sideways`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}
