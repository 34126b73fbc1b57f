/**
 * UI strings: `t(key, ...substitutions)` asks the browser (`browser.i18n.getMessage`, which picks
 * the agent's locale from public/_locales/<locale>/messages.json) and falls back to the English
 * file bundled here where there is no extension runtime (unit tests, the CLI) or the browser has no
 * such message. Keys are typed from the English file, so a missing string fails the type check;
 * another locale is one more messages.json with the same keys.
 *
 * Substitutions follow the browser's rules: a message's $NAME$ placeholders point at $1…$9.
 */
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ENGLISH: Readonly<Record<string, MessageEntry>> = english;

type GetMessage = (key: string, substitutions?: string[]) => string;

/** The browser's getMessage, or null outside an extension (read once: it never appears later). */
function browserGetMessage(): GetMessage | null {
  const api = (globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n.getMessage.bind(i18n) : null;
}

let getMessage: GetMessage | null | undefined;

/** The English message with its placeholders filled, as the browser would fill them. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const positional = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = byName.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // The extension's builds have no English copy (wxt.config.ts): the key is the last resort.
  return tIfDefined(key, ...substitutions.map(String)) ?? key;
}

/**
 * A message whose key is made at run time (lib/rule-texts.ts, lib/data-texts.ts: one per rule
 * message, tone tip, principle, category, stats counter and stored field), or undefined when no
 * locale has it — a team pack's rule, say — so the caller can show its own text. In the extension the browser's answer is the only one (its builds carry no English
 * copy); elsewhere the bundled English.
 */
export function tIfDefined(key: string, ...substitutions: string[]): string | undefined {
  if (getMessage === undefined) getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const localised = getMessage(key, substitutions);
      if (localised) return localised;
    } catch {
      // The extension was reloaded under the page: fall through to the English copy, if this build has one.
    }
  }
  const entry = Object.hasOwn(ENGLISH, key) ? ENGLISH[key] : undefined;
  return entry ? formatMessage(entry, substitutions) : undefined;
}

/** The language the browser shows its own UI in (English outside an extension). */
function uiLanguage(): string {
  const api = globalThis as { browser?: { i18n?: { getUILanguage?: () => string } }; chrome?: { i18n?: { getUILanguage?: () => string } } };
  try {
    return (api.browser?.i18n ?? api.chrome?.i18n)?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A count in words: `one` where the UI language uses its singular for n (Intl.PluralRules: 1 in
 * English, also 21 in Russian…), `other` otherwise; both messages get n as $1.
 */
export function tCount(n: number, one: MessageKey, other: MessageKey, ...more: (string | number)[]): string {
  let category = n === 1 ? 'one' : 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(n);
  } catch {
    // An unknown language tag: English's rule above.
  }
  return t(category === 'one' ? one : other, n, ...more);
}
