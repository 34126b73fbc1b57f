/**
 * The agent's own words of a draft: the masked text and its sentences. A keystroke asks for them
 * more than once (the rules, then the tone meter / analyze()), so the last draft's answer is kept:
 * a repeat call with the same text costs a string comparison instead of masking and splitting again.
 */
import { maskAgentText } from './mask';
import { splitSentences, type SentenceSpan } from './sentences';

export interface AgentText {
  readonly text: string;
  /** Same length as `text`; quotes, signatures, code, URLs… blanked with spaces. */
  readonly masked: string;
  /** Sentences of `masked`. Shared between callers: read, never modify. */
  readonly sentences: readonly SentenceSpan[];
  /** Links in the agent's own lines (masked out of `masked`, so counted here). */
  readonly links: number;
  /** Where those links start in `text`, in order. */
  readonly linkStarts: readonly number[];
}

let last: AgentText | undefined;

export function agentText(text: string): AgentText {
  if (last?.text === text) return last;
  const { masked, links, linkStarts } = maskAgentText(text);
  last = { text, masked, sentences: splitSentences(masked), links, linkStarts };
  return last;
}
