/**
 * Named cue sets: phrasings that show a habit (acknowledging, owning the next step, naming a time…).
 * Scenarios and team packs refer to them by name (`"sets": ["acknowledgement"]`) so the common
 * habits are judged the same way everywhere, and add their own patterns for scenario specifics.
 *
 * Each cue is a case-insensitive regular expression source in RE2 syntax (./patterns.ts), matched
 * against the agent's own words (quoted customer text and signatures are masked out first, as in
 * the engine).
 */
import type { MessageKey } from '../i18n';

export const cueSets = {
  /** Acknowledges the person's situation or frustration. */
  acknowledgement: [
    String.raw`\b(?:I'?m|I am|we'?re|we are) (?:so |really |very |truly )?sorry\b`,
    String.raw`\bsorry (?:about|for|that|to hear)\b`,
    String.raw`\bapologi[sz]e\b`,
    String.raw`\bI (?:completely |totally |fully )?understand\b`,
    String.raw`\bI can (?:see|imagine|hear|tell)\b`,
    String.raw`\bI hear you\b`,
    String.raw`\b(?:that'?s|that is|this is|it'?s|it is|must be|sounds) (?:a |an )?(?:really |very |so |incredibly |genuinely |understandably )?(?:frustrating|stressful|worrying|annoying|disruptive|a pain|not okay|a lot|unsettling|rough)\b`,
    String.raw`\bunderstandabl[ey]\b`,
    String.raw`\byou'?re right\b`,
    String.raw`\bthank(?:s| you) for (?:your patience|bearing with|flagging|reporting|letting us know|raising|the heads-up|telling|being patient|sticking with)\b`,
    String.raw`\bthat'?s on us\b`,
    String.raw`\bI know (?:how|this|that|it|the|you)\b`,
    String.raw`\bunderstood\b`,
    String.raw`\boh no\b`,
    String.raw`\bwhat (?:a |an )?(?:horrible|awful|terrible|rotten|rough|miserable|stressful|dreadful|nightmare|wretched)\b`,
  ],
  /** The agent takes the next step themselves ("I'll…", "I've already…"). */
  ownership: [
    // Any word but "try" ("I'll try" promises nothing), spelt out: RE2 has no (?!try\b).
    String.raw`\bI(?:'ll| will) (?:personally |now |also |then |still |)?(?:[a-su-z][a-z]*|t(?:[a-qs-z][a-z]*)?|tr(?:[a-xz][a-z]*)?|try[a-z]+)\b`,
    String.raw`\bI(?:'m| am) (?:now |already )?[a-z]+ing (?:it|this|that|your|you|a|an|the|them|him|her)\b`,
    String.raw`\bI(?:'m| am) (?:going to|taking|on it|looking into|working on|escalating|staying|handling|setting up|booking|checking|sending)\b`,
    String.raw`\bI(?:'ve| have) (?:already |just )?(?:started|escalated|opened|booked|reset|scheduled|raised|assigned|sent|restored|unlocked|re-?enabled|added|ordered|arranged|asked|set up|taken|logged|created|reserved|queued|put|found|checked|granted|requested)\b`,
    String.raw`\blet me\b`,
    String.raw`\bI'?ll stay (?:on|with)\b`,
  ],
  /** Mentions coming back to the customer. */
  followUp: [
    String.raw`\bfollow(?:ing)?[ -]up\b`,
    String.raw`\bcheck (?:back|in|on|with you)\b`,
    String.raw`\bsend you\b`,
    String.raw`\b(?:update|ping|call|message|email|text) you\b`,
    String.raw`\bget back to you\b`,
    String.raw`\bkeep you (?:posted|updated|in the loop)\b`,
    String.raw`\btouch base\b`,
    String.raw`\bcircle back\b`,
    String.raw`\b(?:let|tell) you know\b`,
    String.raw`\bhear from me\b`,
    String.raw`\b(?:come|stop) by\b`,
    String.raw`\bconfirm\b`,
  ],
  /** A concrete time or deadline. */
  time: [
    String.raw`\b(?:by|before|at|around|until|after|from) (?:\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|noon|midday|midnight|lunch(?:time)?|end of (?:the )?day|close of business|the end of)\b`,
    String.raw`\b\d{1,2}(?::\d{2})? ?[ap]\.?m\.?\b`,
    String.raw`\bwithin (?:the|an|one) hour\b`,
    String.raw`\b(?:in|within) (?:a|the next) quarter(?: of an)? hour\b`,
    String.raw`\b(?:at|by|before|until|after|around) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'?clock| thirty| fifteen| forty-five)\b`,
    String.raw`\bhalf past (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b`,
    String.raw`\bwithin (?:the )?(?:next )?(?:an?|one|two|three|four|\d+|half an) ?(?:minutes?|hours?|days?|business days?|working days?)\b`,
    String.raw`\bin (?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|\d+|half an) ?(?:minutes?|hours?|days?|business days?)\b`,
    String.raw`\b(?:tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next week)\b`,
    String.raw`\b(?:on |by |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\bevery (?:\d+|fifteen|thirty|half an|an?) ?(?:minutes?|hours?)\b`,
    String.raw`\b(?:first thing|end of day|EOD)\b`,
    String.raw`\b(?:about|around|roughly|under|takes?|only) (?:\d+|a few|two|three|five|ten|fifteen|twenty|thirty|forty-five) (?:more )?(?:minutes?|hours?)\b`,
    String.raw`\b(?:right now|straight away|right away)\b`,
  ],
  /** Offers a way forward when the literal request can't be met. */
  alternative: [
    String.raw`\bwhat (?:I|we) can do\b`,
    String.raw`\bwhat I'?d suggest\b`,
    String.raw`\binstead\b`,
    String.raw`\balternative(?:ly)?\b`,
    String.raw`\bhow about\b`,
    String.raw`\b(?:another|a quicker|a faster|a safer|the fastest|the quickest|the best|one) (?:option|way|route|path)\b`,
    String.raw`\bin the meantime\b`,
    String.raw`\bthe good news\b`,
    String.raw`\bhere'?s what\b`,
    String.raw`\bwhat (?:will|would) work\b`,
    String.raw`\b(?:we|I) can (?:still |absolutely |definitely )?(?:get|set|give|lend|arrange|offer|book|order|add|make|use|route|share|loan|install|submit|raise|request|start)\b`,
  ],
  /** Explains the reason or what to expect (intent and timeline). */
  explanation: [
    String.raw`\bbecause\b`,
    String.raw`\bso that\b`,
    String.raw`\bthe reason\b`,
    String.raw`\b(?:this|that|it|which) (?:keeps|protects|means|ensures|lets|stops|prevents)\b`,
    String.raw`\b(?:caused|is due to|was due to|came from|comes from)\b`,
        String.raw`\bto (?:protect|keep|make sure|ensure|prevent|stop)\b`,
    String.raw`\b(?:you can |you'?ll |should )?expect\b`,
    String.raw`\b(?:should|will|usually) take\b`,
    String.raw`\bwhat happened\b`,
    String.raw`\bhere'?s (?:why|what happened|the plan)\b`,
  ],
  /** Thanks the customer. */
  thanks: [String.raw`\bthank(?:s| you)\b`, String.raw`\bappreciate\b`],
  /** Invites the customer to come back or check that it worked. */
  invitation: [
    String.raw`\b(?:just |simply )?reply (?:here|to this)\b`,
    String.raw`\b(?:let me|let us) know\b`,
    String.raw`\bif (?:anything|it|that|something) (?:else |still )?(?:comes up|happens|changes|breaks|acts up|goes wrong|isn'?t|doesn'?t|is still)\b`,
    String.raw`\b(?:is|was) (?:everything|it|the fix) still\b`,
    String.raw`\bstill working\b`,
    String.raw`\bhow (?:is|are|has) (?:it|things|everything|the)\b`,
  ],
} as const satisfies Record<string, readonly string[]>;

export type CueSetName = keyof typeof cueSets;

export const cueSetNames = Object.keys(cueSets) as CueSetName[];

export function isCueSetName(name: string): name is CueSetName {
  return Object.hasOwn(cueSets, name);
}

/** How each set reads in an explanation ("no phrasing found for owning the next step"): its message. */
export const cueSetLabels: Record<CueSetName, MessageKey> = {
  acknowledgement: 'cues_acknowledgement',
  ownership: 'cues_ownership',
  followUp: 'cues_follow_up',
  time: 'cues_time',
  alternative: 'cues_alternative',
  explanation: 'cues_explanation',
  thanks: 'cues_thanks',
  invitation: 'cues_invitation',
};
