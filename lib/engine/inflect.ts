/** Word-form helpers: keep the original's inflection and capitalisation when suggesting a word. */
import nlp from 'compromise/two';

export type VerbForm = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund';

/** Which form `word` has, judged against the conjugations of its own infinitive. */
function verbFormOf(word: string, infinitive: string): VerbForm {
  const w = word.toLowerCase();
  const forms = conjugate(infinitive);
  if (w === forms.Gerund) return 'Gerund';
  if (w === forms.PastTense) return 'PastTense';
  if (w === forms.PresentTense) return 'PresentTense';
  return 'Infinitive';
}

const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: { conjugate(inf: string, model: unknown): Partial<Record<VerbForm, string>> | undefined } } } };
};

/**
 * compromise's own conjugation tables, called directly: the `two` build (tokenizer, tagger,
 * transforms) without the phrase APIs of the full build, which would add ~17 KB gzip to the content
 * script. The word is taken as an infinitive, so "reset" is never misread as a noun.
 */
function conjugateWith(infinitive: string): Partial<Record<VerbForm, string>> {
  try {
    return world.methods.two.transform.verb.conjugate(infinitive.toLowerCase(), world.model) ?? {};
  } catch {
    return {};
  }
}

const conjugations = new Map<string, Record<VerbForm, string>>();

export function conjugate(infinitive: string): Record<VerbForm, string> {
  const cached = conjugations.get(infinitive);
  if (cached) return cached;
  const c = conjugateWith(infinitive);
  const forms: Record<VerbForm, string> = {
    Infinitive: c.Infinitive ?? infinitive,
    PastTense: c.PastTense ?? `${infinitive}ed`,
    PresentTense: c.PresentTense ?? `${infinitive}s`,
    Gerund: c.Gerund ?? `${infinitive}ing`,
  };
  conjugations.set(infinitive, forms);
  return forms;
}

/** "Helped" + "assist" → "Assisted"; "helping" → "assisting". */
export function inflectLike(original: string, originalInfinitive: string, targetInfinitive: string): string {
  const form = verbFormOf(original, originalInfinitive);
  return matchCase(original, conjugate(targetInfinitive)[form]);
}

/** Copy the capitalisation pattern of `source` (UPPER, Title, lower) onto `target`. */
export function matchCase(source: string, target: string): string {
  if (source.length > 1 && source === source.toUpperCase() && /[A-Z]/.test(source)) return target.toUpperCase();
  const first = source.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return target.charAt(0).toUpperCase() + target.slice(1);
  }
  return target;
}

/**
 * True for a verb in its dictionary form ("reset", "install"), false for nouns and inflected forms.
 * Pass the word's compromise tags from its own sentence when you have them: context decides
 * ("help you reset" is a verb, "a password reset" a noun).
 */
export function isBareVerb(word: string, tags?: readonly string[]): boolean {
  const w = word.toLowerCase();
  if (tags) {
    if (!tags.includes('Verb')) return false;
    if (tags.some((t) => t === 'PastTense' || t === 'Gerund' || t === 'Participle')) return false;
    return true;
  }
  const doc = nlp(`you ${w}`);
  if (!doc.has('#Verb')) return false;
  return conjugate(w).Infinitive === w;
}
