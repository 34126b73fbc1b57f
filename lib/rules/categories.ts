/**
 * The built-in categories, once: the id every rule and stats row carries, the name people read
 * (sidebar, options, dashboard, docs), a one-line description, an example the engine flags and one
 * it doesn't (tests/unit/categories.test.ts runs both through check()), and what happens in an
 * internal note. Everything else reads this list; adding a category starts here (README "How to
 * add a category").
 */
import type { NotesBehaviour } from '../engine/types';

export interface CategoryExample {
  text: string;
  /** The customer's last message, for categories that read the reply against it. */
  customerMessage?: string;
}

export interface CategoryInfo {
  id: string;
  /** What people read: short, plain words. */
  name: string;
  /** What the category flags, in one line. */
  description: string;
  /** A reply the engine flags in this category. */
  flags: CategoryExample;
  /** A close reply it leaves alone. */
  passes: CategoryExample;
  /**
   * In an internal note: 'quiet' (not checked: it is about how the customer is addressed), 'info'
   * (shown as "for your information", never a warning), or 'checked' (as in a reply).
   */
  inNotes: NotesBehaviour;
}

const LIST = [
  {
    id: 'help-wording',
    name: 'Help wording',
    description: 'Offers to "help" the customer; say "assist", because people are blocked, not broken.',
    flags: { text: 'Happy to help with your VPN!' },
    passes: { text: 'Our Help Center has a guide for the VPN.' },
    inNotes: 'info',
  },
  {
    id: 'blame',
    name: 'Blame',
    description: 'Puts the fault on the customer, a colleague, another team or a vendor.',
    flags: { text: 'You must have deleted the shortcut by accident.' },
    passes: { text: 'The shortcut was removed by the last update, so I have put it back.' },
    inNotes: 'quiet',
  },
  {
    id: 'condescension',
    name: 'Talking down',
    description: 'Talks down to the customer: "obviously", "just", "simply", sarcasm.',
    flags: { text: 'Obviously, you need to restart first.' },
    passes: { text: 'A restart clears the old settings, so please restart first.' },
    inNotes: 'quiet',
  },
  {
    id: 'dismissive',
    name: 'Dismissive',
    description: 'Brushes the concern off: "calm down", "it\'s not a big deal".',
    flags: { text: "Please calm down, it's not a big deal." },
    passes: { text: 'I understand the worry; your files are safe in last night\'s backup.' },
    inNotes: 'quiet',
  },
  {
    id: 'policy-wall',
    name: 'Policy wall',
    description: 'Refuses by citing policy with nothing offered instead.',
    flags: { text: "Sorry, that's against policy." },
    passes: { text: "Policy doesn't allow USB drives, but I can set up a shared OneDrive folder for you today." },
    inNotes: 'quiet',
  },
  {
    id: 'deflection',
    name: 'Deflection',
    description: 'Sends the customer elsewhere without owning the handoff.',
    flags: { text: "Sorry, that's not my department." },
    passes: { text: "I've passed this to the payroll team with your details and I'll check back with you on Thursday." },
    inNotes: 'quiet',
  },
  {
    id: 'venting',
    name: 'Venting',
    description: 'Vents the agent\'s own frustration about the day, the workload or the tools.',
    flags: { text: 'Honestly this system is garbage.' },
    passes: { text: 'The system is slow today, so I have raised it with the vendor.' },
    inNotes: 'quiet',
  },
  {
    id: 'us-vs-them',
    name: 'Us vs. them',
    description: 'Sets IT against the customer or generalises about users: "you people".',
    flags: { text: 'You people need to stop clicking on these links.' },
    passes: { text: 'Thanks for reporting the link; I have blocked it for everyone.' },
    inNotes: 'quiet',
  },
  {
    id: 'acknowledgement',
    name: 'Acknowledgement',
    description: 'A frustrated customer whose feelings the reply never acknowledges.',
    flags: { text: 'Try clearing the cache.', customerMessage: 'This is unacceptable. I have lost a whole morning.' },
    passes: { text: "I'm sorry you lost your morning. Clearing the cache fixes this.", customerMessage: 'This is unacceptable. I have lost a whole morning.' },
    inNotes: 'quiet',
  },
  {
    id: 'ownership',
    name: 'Next step',
    description: 'An open problem with no owner and no time for what happens next.',
    flags: { text: "I've escalated this to the network team. They are looking at the switch. That is all I know at the moment." },
    passes: { text: "I've escalated this to the network team. They are looking at the switch. I'll update you by 3 PM." },
    inNotes: 'quiet',
  },
  {
    id: 'promise-time',
    name: 'Promise time',
    description: 'A promise with no time ("I\'ll look into it"): say when, so they know and Rapport can remind you.',
    flags: { text: "I've passed your request to the network team and I'll get back to you." },
    passes: { text: "I've passed your request to the network team and I'll get back to you by 3 PM." },
    inNotes: 'quiet',
  },
  {
    id: 'tone',
    name: 'Tone',
    description: 'Sentences that read curt or interrogating to someone who is already stuck.',
    flags: { text: 'Why is the form still empty?' },
    passes: { text: 'Could you fill in the form when you have a moment? It tells us which laptop is yours.' },
    inNotes: 'quiet',
  },
] as const satisfies readonly CategoryInfo[];

export type BuiltinCategoryId = (typeof LIST)[number]['id'];

/**
 * Everything read from a list of categories. The built-in list below is the one every module
 * reads; tests/unit/category-add.test.ts builds one with a category added, as README "How to add a
 * category" says, and checks every reader follows.
 */
export function categorySet<Id extends string>(list: readonly (CategoryInfo & { id: Id })[]) {
  const byId: ReadonlyMap<string, CategoryInfo> = new Map(list.map((c) => [c.id, c]));
  return {
    CATEGORIES: list as readonly CategoryInfo[],
    builtinCategory: (id: string): CategoryInfo | undefined => byId.get(id),
    /** The name people read; a pack's own category ("terminology") reads as its id in words. */
    categoryName: (id: string): string => byId.get(id)?.name ?? id.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
    /**
     * What a built-in rule module spreads into its meta: its category and that category's behaviour
     * in internal notes, so a rule can't disagree with its category.
     */
    inCategory: (id: Id): { category: Id; inNotes: NotesBehaviour } => ({ category: id, inNotes: byId.get(id)!.inNotes }),
  };
}

export const { CATEGORIES, builtinCategory, categoryName, inCategory } = categorySet(LIST);
