/**
 * Speed work on the engine (issue 12 item 7) must not change a single finding. This pins the full
 * findings of the fused checker (built-in rules + coach model + tone) on every draft fixture and
 * on the coach dev sentences joined into replies, each checked cold (fresh checker, caches
 * emptied) as a reply and as an internal note, with and without the customer's message.
 *
 * The snapshot was written from the code before any optimisation. A deliberate change of
 * findings (a retrained model, a new rule) updates it with `npx vitest run -u` on this file;
 * a speed change must leave it untouched.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCoachingChecker, type Finding } from '../../lib/coaching';
import { clearAllCaches } from '../../lib/engine/cache';
import { useFastSweep } from '../../lib/engine/compromise-sweep';

const drafts = new URL('../fixtures/drafts/', import.meta.url);
const draftFiles = readdirSync(drafts).filter((f) => f.endsWith('.txt')).sort();

/** Dev sentence texts, in file order, joined `perReply` at a time into paragraphs of a reply. */
function devReplies(perReply: number): string[] {
  const dir = new URL('../../models/coach/data/dev/', import.meta.url);
  const texts: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
      const text = line.split('\t')[4];
      if (text && !line.startsWith('#')) texts.push(text);
    }
  }
  const replies: string[] = [];
  for (let i = 0; i < texts.length; i += perReply) {
    const group = texts.slice(i, i + perReply);
    replies.push(`Hi Sam,\n\n${group.slice(0, perReply / 2).join(' ')}\n\n${group.slice(perReply / 2).join(' ')}\n\nBest,\nAlex`);
  }
  return replies;
}

/** Each rule's principle, from every finding seen (pinned once, not on every finding). */
const principles = new Map<string, string>();

/** Every field of every finding but the rule's principle, one line each, in the checker's order. */
function described(findings: readonly Finding[]): string[] {
  // The message's id and fill-ins only restate `message` (they are for the UI's translations).
  return findings.map(({ principle, messageId: _id, data: _data, ...rest }) => {
    principles.set(rest.ruleId, JSON.stringify(principle));
    return JSON.stringify(rest);
  });
}

const CUSTOMER = 'This is the THIRD time I have asked. Why is my VPN still broken?? Nobody is doing anything!';

function findingsOf(text: string): { reply: string[]; note: string[]; 'reply to an angry customer': string[] } {
  const run = (options: Parameters<ReturnType<typeof createCoachingChecker>['check']>[1]) => {
    clearAllCaches();
    return described(createCoachingChecker().check(text, options));
  };
  return {
    reply: run({}),
    note: run({ context: 'internal-note' }),
    'reply to an angry customer': run({ customerMessage: CUSTOMER }),
  };
}

// Over a thousand cold checks: minutes on a loaded machine, not the default five seconds.
describe('the fused checker’s findings', { timeout: 120_000 }, () => {
  it('are unchanged on every draft fixture', () => {
    for (const name of draftFiles) {
      const text = readFileSync(new URL(name, drafts), 'utf8');
      expect(findingsOf(text), name).toMatchSnapshot(name);
    }
  });

  it('are the same with compromise’s own sweep as with the fast one', () => {
    const texts = draftFiles.map((name) => readFileSync(new URL(name, drafts), 'utf8'));
    const fast = texts.map(findingsOf);
    useFastSweep(false);
    try {
      expect(texts.map(findingsOf)).toEqual(fast);
    } finally {
      useFastSweep(true);
    }
  });

  it('are unchanged on the coach dev sentences joined into replies', () => {
    const replies = devReplies(12);
    expect(replies.length).toBeGreaterThan(100);
    const all = replies.map((r) => findingsOf(r));
    // The set must exercise the rules and the model, not pass on empty results.
    const flat = all.flatMap((r) => r.reply);
    expect(new Set(flat.map((f) => (JSON.parse(f) as Finding).ruleId)).size).toBeGreaterThan(15);
    expect(all).toMatchSnapshot();
  });

  it('carry the same principle for each rule', () => {
    for (const name of draftFiles) findingsOf(readFileSync(new URL(name, drafts), 'utf8'));
    for (const reply of devReplies(12)) findingsOf(reply);
    expect(Object.fromEntries([...principles].sort(([a], [b]) => a.localeCompare(b)))).toMatchSnapshot();
  });
});
