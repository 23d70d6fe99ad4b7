// Downloads happen through a temporary <a download>: it works for Blob URLs in every current
// browser without a server round trip, and Playwright sees it as a download with that name.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveText(text: string, contentType: string, fileName: string): void {
  saveBlob(new Blob([text], { type: contentType }), fileName);
}
