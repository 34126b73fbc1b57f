/**
 * Per-label probability floors from the project's own realistic good replies (a development set:
 * tests/fixtures/drafts/good-replies.txt and the good agent replies inside thread-2000.txt — never
 * the held-out test split). Out-of-fold thresholds come from single sentences; whole replies bring
 * trigger words used well in context ("the Finance mailbox stopped syncing because Outlook kept a
 * cached copy"), so each label's card also needs a probability above everything it gives these
 * replies: the next 0.005 step over their highest, at least `minimum`.
 */
import { readFileSync } from 'node:fs';
import { agentText } from '../../lib/engine/agent-text';
import { holdsGivenNextSentences } from '../../lib/coach/context';
import { readableByCoach } from '../../lib/engine/coach/index';
import type { CoachModel } from '../../lib/engine/coach/model';

const DRAFTS = new URL('../../tests/fixtures/drafts/', import.meta.url);

function devReplies(): string[] {
  const good = readFileSync(new URL('good-replies.txt', DRAFTS), 'utf8')
    .split(/^---$/m)
    .map((b) => b.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
  const thread = readFileSync(new URL('thread-2000.txt', DRAFTS), 'utf8');
  const cut = (from: string, to: string) => thread.slice(thread.indexOf(from), thread.indexOf(to));
  good.push(cut('Reply from Priya Nair, Tue 5 Mar, 08:55', 'Reply from Marco Bellini'));
  good.push(cut('Reply from Priya Nair, Wed 6 Mar, 16:20', 'Reply from Daniel Okafor, Mon 11 Mar'));
  return good;
}

export function devFloors(model: CoachModel, minimum: number): number[] {
  const highest = new Float32Array(model.labels.length);
  for (const reply of devReplies()) {
    const sentences = agentText(reply).sentences;
    const texts = sentences.map((s) => s.text);
    for (const [index, s] of sentences.entries()) {
      // Only sentences that could get a card set a floor (the card layer skips the rest).
      if (!readableByCoach(s.text)) continue;
      const p = model.probabilities(s.text);
      for (let l = 0; l < p.length; l++) {
        // A card the reply's next sentences undo (context.ts) sets no floor either.
        if (holdsGivenNextSentences(model.labels[l]!, texts, index)) highest[l] = Math.max(highest[l]!, p[l]!);
      }
    }
  }
  return Array.from(highest, (h) => Math.max(minimum, Math.min(0.995, Math.floor(h * 200 + 1) / 200)));
}
