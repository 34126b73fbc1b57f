/**
 * Label-preserving variants of training sentences. The writers' problem sentences tend to state
 * the problem on its own, while agents wrap it: a greeting or an apology in front ("I'm sorry for
 * the trouble, but you did switch off the auto-update…"), a sign-off behind, or a chat register
 * with no capitals, apostrophes or "you". To a bag of n-grams and an averaged word vector the
 * wrapping dilutes the problem, so the model is shown the same sentence wrapped and unwrapped —
 * good sentences too, so that a frame never becomes a sign of a problem by itself.
 *
 * What a variant may add depends on the label: curt stops being curt with warmth in front, and a
 * policy wall or a handoff is judged by what follows it, so those get the register change only.
 */
import type { CoachLabel } from '../../lib/engine/coach/labels';
import { prng } from '../tone/cv';
import type { CorpusSentence } from './corpus';

/** Openers that carry no problem, no offer and no next step. `lower`: the sentence continues in lowercase. */
const OPENERS: readonly { text: string; lower: boolean }[] = [
  { text: 'Hi there, ', lower: true },
  { text: 'Hello Sam, ', lower: true },
  { text: 'Hey Priya! ', lower: false },
  { text: 'Good morning. ', lower: false },
  { text: 'Thanks for getting back to me. ', lower: false },
  { text: 'Thanks for your patience, ', lower: true },
  { text: 'Thank you for the screenshots. ', lower: false },
  { text: 'Thanks for reaching out: ', lower: true },
  { text: 'Sorry for the wait. ', lower: false },
  { text: 'Apologies for the slow reply. ', lower: false },
  { text: "I'm sorry about the trouble, but ", lower: true },
  { text: 'I understand this is frustrating, but ', lower: true },
  { text: "I know the timing isn't great, but ", lower: true },
  { text: 'I hear you, and ', lower: true },
  { text: 'Right, ', lower: true },
  { text: 'OK so ', lower: true },
  { text: 'Well, ', lower: true },
  { text: 'To answer your question, ', lower: true },
  { text: 'Following up on your ticket, ', lower: true },
  { text: 'Quick update: ', lower: true },
  { text: 'As discussed on the phone, ', lower: true },
  { text: 'Having looked at the logs, ', lower: true },
  { text: 'Dear Mr Patel, ', lower: true },
  { text: 'Hiya, ', lower: true },
  { text: 'Morning! ', lower: false },
  { text: 'To be honest, ', lower: true },
];

/** Sign-offs that carry no problem and no next step. */
const CLOSERS: readonly string[] = [
  ' Thanks.',
  ' Cheers.',
  ' Kind regards.',
  ' Thanks for your patience.',
  ' Have a good afternoon.',
  ' Hope that makes sense.',
  ' Thanks for bearing with us.',
  ' Best,',
  ' Regards, IT Service Desk',
  ' Have a great weekend!',
];

/** Labels whose verdict depends on what is said around them (see the file comment). */
const REGISTER_ONLY: readonly CoachLabel[] = ['curt', 'policy-wall', 'deflection'];

export interface AugmentOptions {
  /** Share of sentences that get one variant (0 = none). */
  share: number;
  seed: number;
}

/** The variants to add to `sentences` (the originals are not repeated). Same input and seed, same output. */
export function augmentSentences(sentences: readonly CorpusSentence[], { share, seed }: AugmentOptions): CorpusSentence[] {
  if (share <= 0) return [];
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const out: CorpusSentence[] = [];
  for (const s of sentences) {
    if (rand() >= share) continue;
    const registerOnly = s.labels.some((l) => REGISTER_ONLY.includes(l));
    const roll = rand();
    let text: string;
    const opens = /^\W*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|thanks|thank you|sorry|apologies)\b/i.test(s.text);
    if (registerOnly || roll < 0.34) text = chatRegister(s.text, rand);
    else if (roll < 0.72 && !opens) text = withOpener(s.text, pick(OPENERS));
    else text = `${s.text.replace(/\s+$/, '')}${pick(CLOSERS)}`;
    if (text !== s.text) out.push({ ...s, text, source: `${s.source} (augmented)` });
  }
  return out;
}

function withOpener(text: string, opener: { text: string; lower: boolean }): string {
  const body = text.trimStart();
  // Keep "I", acronyms and names as they are: only a plain capitalised first word is lowered.
  const first = /^[A-Z][a-z']*\b/.exec(body)?.[0] ?? '';
  const keep = !first || /^I(?:'|$)/.test(first) || /^[A-Z]{2}/.test(body);
  return opener.text + (opener.lower && !keep ? body[0]!.toLowerCase() + body.slice(1) : body);
}

/** Lowercase chat: no final stop, often no apostrophes or commas, sometimes "u"/"ur". */
function chatRegister(text: string, rand: () => number): string {
  let t = text.toLowerCase().replace(/[.!]+\s*$/, '');
  if (rand() < 0.5) t = t.replace(/'/g, '').replace(/’/g, '');
  if (rand() < 0.5) t = t.replace(/,/g, '');
  if (rand() < 0.3) t = t.replace(/\byou\b/g, 'u').replace(/\byour\b/g, 'ur');
  return t;
}
