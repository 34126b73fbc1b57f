/**
 * The reply the demo types into the desk: the kind of draft an agent writes at the end of a long
 * day. Each line trips a different habit the coach knows about (venting, blame, condescension, a
 * policy wall, deflection, "help"), and it neither acknowledges Dana's frustration nor owns a next step.
 */
export const DEMO_DRAFT = [
  'Hi Dana,',
  '',
  "We're completely swamped this week, so I'll keep this short. As I already told you on Monday, you must have sent the job to the wrong queue again. " +
    'Obviously the printer works fine for everyone else on the floor. Simply pick PRN-3F-02 from the list next time. ' +
    'Installing your own drivers is against policy. If it breaks again, open another ticket and someone will help you.',
  '',
  'Sam',
].join('\n');
