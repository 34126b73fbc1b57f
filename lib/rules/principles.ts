/**
 * The coaching principles every rule cites. They come from the five seed posts on IT service-desk
 * customer service that Rapport is built on (see README "Where the rules come from").
 *
 * Source: "Rapport seed principles". We searched the public reference corpus for the five seed posts
 * (queries such as "never say help, you assist people service desk" and "IT serves customer service
 * don't vent blame other team brand") and did not find them, so no URL is cited here rather than a
 * guessed one. If the posts are located, add their addresses next to each principle.
 */
import type { PrincipleRef } from '../engine/types';

function principle(id: string, text: string): PrincipleRef {
  return { id, text };
}

export const principles = {
  partner: principle(
    'partner-not-opponent',
    'The customer is a partner, not an opponent: no "you people", no us-vs-them; explain intent and timelines.',
  ),
  serve: principle('it-serves', 'IT serves: never ridicule, humiliate or talk down to the people you support.'),
  noVenting: principle(
    'no-venting-no-blame',
    "Don't vent or blame another team in front of customers: it damages the whole department's brand.",
  ),
  assist: principle(
    'assist-not-help',
    'The customer isn\'t broken, they\'re blocked: never "help" them (it implies something is wrong with them), you assist people.',
  ),
  patience: principle(
    'patience-and-listening',
    'Love, patience, active listening and honest communication: the customer is not mad at you, they are blocked.',
  ),
  sayWhatYouCan: principle(
    'say-what-you-can-do',
    'Don\'t hide behind policy: say what you can do ("I can\'t bypass corporate security, but how about single sign-on?").',
  ),
  dignity: principle(
    'acknowledge-and-stay',
    'Acknowledge the frustration, protect their dignity, and commit to sticking with them until it is solved.',
  ),
  followUp: principle('follow-up', 'Own the next step and follow up a few days later to make sure it stayed fixed.'),
} satisfies Record<string, PrincipleRef>;
