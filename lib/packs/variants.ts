/**
 * The forms a substitution matches: "reach out" → "contact" also turns "reached out" into
 * "contacted" and "reaching out" into "contacting"; "ticket" → "request" turns "tickets" into
 * "requests". compromise conjugates and pluralises; only base forms (infinitive, singular) are
 * inflected, so a pack that lists "guys" gets exactly "guys".
 */
import nlp from 'compromise/two';

export type InflectMode = 'auto' | 'verb' | 'noun' | 'none';

export interface Variant {
  /** The form to find (as written in the pack, or inflected). */
  text: string;
  /** What to put instead, in the same form. */
  replacement: string;
}

const VERB_FORMS = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle'] as const;
type VerbForms = Partial<Record<(typeof VERB_FORMS)[number], string>>;

function termTags(phrase: string): string[][] {
  const json = nlp(phrase).json() as Array<{ terms: Array<{ tags: string[] }> }>;
  return json.flatMap((s) => s.terms.map((t) => t.tags));
}

/**
 * compromise's conjugation tables, called directly: the `two` build (tagger and transforms) keeps
 * the content script, which compiles packs, ~17 KB gzip lighter than the full build's phrase APIs.
 * Like the full build's `.verbs()`, only words tagged as verbs are conjugated.
 */
const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: {
    verb: { conjugate(inf: string, model: unknown): VerbForms | undefined };
    noun: { toPlural(word: string, model: unknown): string | undefined };
  } } };
};

function conjugateVerb(phrase: string): VerbForms | undefined {
  if (!termTags(phrase)[0]?.includes('Verb')) return undefined;
  try {
    return world.methods.two.transform.verb.conjugate(phrase.toLowerCase(), world.model);
  } catch {
    return undefined;
  }
}

function pluralNoun(word: string): string {
  if (!termTags(word)[0]?.includes('Noun')) return '';
  try {
    return world.methods.two.transform.noun.toPlural(word.toLowerCase(), world.model) ?? '';
  } catch {
    return '';
  }
}

function conjugatePhrase(phrase: string): VerbForms | undefined {
  const forms = conjugateVerb(phrase);
  return forms && forms.Infinitive?.toLowerCase() === phrase.toLowerCase() ? forms : undefined;
}

/** Conjugates a phrase, or failing that its first word ("get in touch" → "got in touch"). */
function verbForms(phrase: string): VerbForms {
  const whole = conjugatePhrase(phrase);
  if (whole) return whole;
  const [head = phrase, ...rest] = phrase.split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const c = conjugateVerb(head) ?? {};
  return {
    Infinitive: phrase,
    PastTense: `${c.PastTense ?? `${head}ed`}${tail}`,
    PresentTense: `${c.PresentTense ?? `${head}s`}${tail}`,
    Gerund: `${c.Gerund ?? `${head}ing`}${tail}`,
    ...(c.Participle ? { Participle: `${c.Participle}${tail}` } : {}),
  };
}

/** Plural of a phrase's last word ("help desk" → "help desks"); undefined for uncountables. */
function pluralOf(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  const last = words.pop() ?? phrase;
  const plural = pluralNoun(last) || (/[^s]$/i.test(last) ? `${last}s` : '');
  if (!plural || plural.toLowerCase() === last.toLowerCase()) return undefined;
  return [...words, plural].join(' ');
}

/** "escalate", "reach out", "reach out to": a verb in its dictionary form, then only particles. */
function isBaseVerb(phrase: string): boolean {
  const tags = termTags(phrase);
  const [first, ...rest] = tags;
  if (!first?.includes('Verb')) return false;
  if (!rest.every((t) => t.includes('Verb') || t.includes('Preposition') || t.includes('Particle') || t.includes('Adverb') || t.includes('Conjunction'))) return false;
  const head = phrase.split(/\s+/)[0] ?? phrase;
  const forms = conjugateVerb(head);
  return forms?.Infinitive?.toLowerCase() === head.toLowerCase();
}

function isSingularNoun(phrase: string): boolean {
  const last = termTags(phrase).at(-1) ?? [];
  return last.includes('Noun') && last.includes('Singular') && !last.includes('Pronoun');
}

/** What kind of word `from` is, when the pack leaves it to us. */
function resolveInflection(from: string, mode: InflectMode): 'verb' | 'noun' | 'none' {
  if (mode !== 'auto') return mode;
  if (isBaseVerb(from)) return 'verb';
  if (isSingularNoun(from)) return 'noun';
  return 'none';
}

export function substitutionVariants(from: string, to: string, mode: InflectMode): Variant[] {
  const variants: Variant[] = [{ text: from, replacement: to }];
  const kind = resolveInflection(from, mode);
  if (kind === 'verb') {
    const f = verbForms(from);
    const t = verbForms(to);
    for (const form of VERB_FORMS) {
      const text = f[form];
      const replacement = t[form] ?? (form === 'Participle' ? t.PastTense : undefined);
      if (text && replacement) variants.push({ text, replacement });
    }
  } else if (kind === 'noun') {
    const plural = pluralOf(from);
    const toPlural = pluralOf(to) ?? to;
    if (plural) variants.push({ text: plural, replacement: toPlural });
  }
  // The same form can come up twice (PastTense = Participle): keep the first.
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = v.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
