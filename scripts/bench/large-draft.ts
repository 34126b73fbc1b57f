/**
 * A 1 MB draft for the cache benchmark (issue 17): the 2,000-word thread repeated, each copy's
 * sentences made distinct (a numbered reference before every full stop), so the sentence caches
 * really hold one entry per sentence, as a long pasted log or thread would need.
 */
export const LARGE_DRAFT_BYTES = 1_000_000;

export function largeDraft(thread: string, bytes = LARGE_DRAFT_BYTES): string {
  const copies: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const copy = thread.replace(/([.!?])(\s)/g, ` (ref ${i})$1$2`);
    copies.push(copy);
    size += copy.length + 2;
  }
  return copies.join('\n\n').slice(0, bytes);
}
