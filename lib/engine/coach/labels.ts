/**
 * The coach model's labels, in the order of its output units (part of the model file format).
 * Each label's category is the card category it adds to (blame on another team is a kind of
 * blame; curt wording is what the tone card is about).
 */
export const COACH_LABELS = [
  'help-wording',
  'blame',
  'blame-other-team',
  'condescension',
  'dismissive',
  'policy-wall',
  'deflection',
  'venting',
  'us-vs-them',
  'curt',
] as const;

export type CoachLabel = (typeof COACH_LABELS)[number];

const CATEGORY_OF: Readonly<Record<CoachLabel, string>> = {
  'help-wording': 'help-wording',
  blame: 'blame',
  'blame-other-team': 'blame',
  condescension: 'condescension',
  dismissive: 'dismissive',
  'policy-wall': 'policy-wall',
  deflection: 'deflection',
  venting: 'venting',
  'us-vs-them': 'us-vs-them',
  curt: 'tone',
};

export function categoryOfLabel(label: CoachLabel): string {
  return CATEGORY_OF[label];
}

export function isCoachLabel(s: string): s is CoachLabel {
  return (COACH_LABELS as readonly string[]).includes(s);
}
