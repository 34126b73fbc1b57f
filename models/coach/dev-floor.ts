/**
 * Per-label probability floors from the project's own realistic good replies (a development set:
 * tests/fixtures/drafts/good-replies.txt and the good agent replies inside thread-2000.txt — never
 * the held-out test split). Out-of-fold thresholds come from single sentences; whole replies bring
 * trigger words used well in context ("the Finance mailbox stopped syncing because Outlook kept a
 * cached copy"), so each label's card also needs a probability above what it gives these replies
 * (the next 0.005 step over their highest), but for a small budget of replies (see devFloors).
 */
import { readFileSync } from 'node:fs';
import { agentText } from '../../lib/engine/agent-text';
import { holdsInReply } from '../../lib/coach/context';
import { readableByCoach } from '../../lib/engine/coach/index';
import type { CoachModel } from '../../lib/engine/coach/model';
import type { CalibrationRow } from './calibrate';

const DRAFTS = new URL('../../tests/fixtures/drafts/', import.meta.url);

/** A development set of good replies and how many of them the model's cards may flag. */
export interface GoodReplySet {
  replies: string[];
  budget: number;
  /** Labels this set sets no floor for. */
  unconstrained?: readonly string[];
}

/** The project's realistic good replies (IT service desk): the realism test holds them to 2 cards. */
export function fixtureReplies(): string[] {
  const good = readFileSync(new URL('good-replies.txt', DRAFTS), 'utf8')
    .split(/^---$/m)
    // Internal notes are left out: customer-facing cards are only "for your information" there.
    .filter((b) => !/^#\s*context:\s*internal-note/m.test(b))
    .map((b) => b.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
  const thread = readFileSync(new URL('thread-2000.txt', DRAFTS), 'utf8');
  const cut = (from: string, to: string) => thread.slice(thread.indexOf(from), thread.indexOf(to));
  good.push(cut('Reply from Priya Nair, Tue 5 Mar, 08:55', 'Reply from Marco Bellini'));
  good.push(cut('Reply from Priya Nair, Wed 6 Mar, 16:20', 'Reply from Daniel Okafor, Mon 11 Mar'));
  return good;
}

const step = (p: number) => Math.min(0.995, Math.floor(p * 200 + 1) / 200);

/**
 * Each label's floor: above the probability it gives every good reply of each set, except for at
 * most the set's `budget` of replies in all (the product's false-alarm budget on good replies), spent greedily where it buys the
 * most recall on the development split (`devRows`). Returns the floors (0 where a label needs none).
 */
export function devFloors(model: CoachModel, thresholds: readonly number[], devRows: readonly CalibrationRow[], sets: readonly GoodReplySet[]): number[] {
  // Each set keeps its own budget: the floor is the highest any set needs.
  const per = sets.map((set) => floorsFor(model, thresholds, devRows, set));
  return model.labels.map((_, l) => Math.max(...per.map((f) => f[l]!)));
}

function floorsFor(model: CoachModel, thresholds: readonly number[], devRows: readonly CalibrationRow[], { replies, budget, unconstrained = [] }: GoodReplySet): number[] {
  const labels = model.labels.length;
  // Per label, each good reply's highest probability over the sentences that could get a card.
  const perReply: number[][] = Array.from({ length: labels }, () => []);
  for (const reply of replies) {
    const sentences = agentText(reply).sentences;
    const texts = sentences.map((s) => s.text);
    const highest = new Array<number>(labels).fill(0);
    for (const [index, s] of sentences.entries()) {
      // Only sentences that could get a card set a floor (the card layer skips the rest, and a
      // card the reply's next sentences undo — context.ts — is never shown).
      if (!readableByCoach(s.text)) continue;
      const p = model.probabilities(s.text);
      for (let l = 0; l < labels; l++) {
        if (holdsInReply(model.labels[l]!, texts, index)) highest[l] = Math.max(highest[l]!, p[l]!);
      }
    }
    highest.forEach((h, l) => perReply[l]!.push(h));
  }
  perReply.forEach((list) => list.sort((a, b) => b - a));
  const allowed = new Array<number>(labels).fill(0);
  const floorAt = (l: number, k: number) => {
    if (unconstrained.includes(model.labels[l]!)) return 0;
    const next = perReply[l]![k] ?? 0;
    return next >= thresholds[l]! ? step(next) : 0;
  };
  const devRecall = (l: number, t: number) => {
    let pos = 0;
    let tp = 0;
    for (const r of devRows) {
      if (r.y[l] !== 1) continue;
      pos++;
      if (r.p[l]! >= t) tp++;
    }
    return pos ? tp / pos : 0;
  };
  for (let spent = 0; spent < budget; spent++) {
    let best = -1;
    let gain = 0;
    for (let l = 0; l < labels; l++) {
      const now = floorAt(l, allowed[l]!);
      if (now === 0) continue;
      const g = devRecall(l, Math.max(thresholds[l]!, floorAt(l, allowed[l]! + 1))) - devRecall(l, Math.max(thresholds[l]!, now));
      if (g > gain) {
        gain = g;
        best = l;
      }
    }
    if (best < 0) break;
    allowed[best]!++;
  }
  return allowed.map((k, l) => floorAt(l, k));
}
