/**
 * The stats counters' names and the "What Rapport keeps" table in the agent's language. Like the
 * rule texts (lib/rule-texts.ts) they are written once, in English, as data in lib/ (stats
 * counters in lib/stats/counters.ts, the table in lib/privacy/kept.ts), which code and tests read
 * to stay in step with what is really stored; the UI looks each text up by the counter's id or the
 * store's place, name and field, and shows the English where no locale has it.
 * `npm run i18n:texts` writes the English entries into messages.json.
 */
import { tIfDefined } from './i18n';
import type { KeptField, KeptStore } from './privacy/kept';
import type { Counter } from './stats/counters';
import { keyPart } from './rule-texts';

export const counterLabelKey = (id: string) => `counter_${keyPart(id)}__label`;
export const counterDescriptionKey = (id: string) => `counter_${keyPart(id)}__description`;

type StorePart = 'holds' | 'kept' | 'exported';
const storeKey = (store: Pick<KeptStore, 'place' | 'name'>) => `store_${keyPart(store.place)}__${keyPart(store.name)}`;
export const storePartKey = (store: Pick<KeptStore, 'place' | 'name'>, part: StorePart) => `${storeKey(store)}__${part}`;
export const storeFieldKey = (store: Pick<KeptStore, 'place' | 'name'>, field: string) => `${storeKey(store)}__field_${keyPart(field)}`;

/** A counter's column header and chart label. */
export function counterLabel(counter: Pick<Counter, 'id' | 'label'>): string {
  return tIfDefined(counterLabelKey(counter.id)) ?? counter.label;
}

/** What a store holds, how long it is kept, or what of it an export takes. */
export function storeText(store: KeptStore, part: StorePart): string {
  return tIfDefined(storePartKey(store, part)) ?? store[part];
}

/** What one field of a store is. */
export function storeFieldText(store: KeptStore, field: KeptField): string {
  return tIfDefined(storeFieldKey(store, field.name)) ?? field.what;
}
