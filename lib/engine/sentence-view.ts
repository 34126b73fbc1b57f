/** Builds the Sentence views rules read: regex and compromise matches as exact spans. */
import nlp from 'compromise/two';

type View = ReturnType<typeof nlp>;
import type { DraftSentence, RegexSpan, Sentence, TermSpan } from './rule';

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
}

const TRAILING_PUNCT = /[\s.,;:!?)\]"'”’…-]+$/;
const LEADING_PUNCT = /^[\s(\["'“‘]+/;

class SentenceView implements Sentence {
  private parsed: View | undefined;
  constructor(readonly text: string) {}

  get doc(): View {
    this.parsed ??= nlp(this.text) as unknown as View;
    return this.parsed;
  }

  find(re: RegExp): RegexSpan[] {
    if (!re.global) throw new Error(`Sentence.find needs a global regex: ${re}`);
    const out: RegexSpan[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
    }
    return out;
  }

  match(pattern: string): TermSpan[] {
    const matches = this.doc.match(pattern).json({ offset: true, terms: { offset: true } }) as CompromiseMatch[];
    const out: TermSpan[] = [];
    for (const m of matches) {
      // compromise's offsets include attached punctuation ("help!"); trim to the words themselves.
      let start = m.offset.start;
      let end = start + m.offset.length;
      const raw = this.text.slice(start, end);
      const lead = LEADING_PUNCT.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING_PUNCT.exec(raw.slice(lead))?.[0].length ?? 0;
      start += lead;
      end -= trail;
      if (end <= start) continue;
      out.push({ start, end, text: this.text.slice(start, end), tags: m.terms.flatMap((t) => t.tags) });
    }
    return out;
  }
}

export function sentenceView(text: string): Sentence {
  return new SentenceView(text);
}

export function draftSentence(text: string, start: number): DraftSentence {
  const view = new SentenceView(text) as SentenceView & { start: number; end: number };
  view.start = start;
  view.end = start + text.length;
  return view;
}
