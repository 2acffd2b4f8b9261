/** Files crossing the contract travel as base64; these turn them into browser objects and back. */

/** A file the user chose, as base64 for a contract method. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** base64 from the main process as a blob: URL (for previews); the caller revokes it. */
export function blobUrl(base64: string, type: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type }));
}

/** Offers content as a download: the browser (or Electron) asks where to save it. */
export function saveFile(fileName: string, content: { base64: string } | { text: string }, type = 'application/octet-stream'): void {
  const link = document.createElement('a');
  link.href = 'base64' in content ? blobUrl(content.base64, type) : URL.createObjectURL(new Blob([content.text], { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
