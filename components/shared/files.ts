/** Files in and out of extension pages, without the network. */

/**
 * Saves text as a file through the browser's download: a blob URL of this page, revoked once the
 * download has had time to start, so nothing is sent anywhere and nothing is kept afterwards.
 */
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The files picked in a file input, with the input emptied so that picking the same file again is a new change. */
export function takeFiles(input: HTMLInputElement): File[] {
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}
