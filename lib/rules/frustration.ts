/**
 * Reads the customer's last message for signs of frustration. Wording cues today; a tone model can
 * be plugged in later, either per call (`modelScore`) or once for all checks
 * (`setCustomerToneScorer`), and its score is combined with the cues.
 */

export interface FrustrationReading {
  frustrated: boolean;
  /** What gave it away, in the customer's words (lower-cased) or a label such as "caps" / "!!". */
  cues: string[];
}

/** A tone model's frustration score for a message, 0 (calm) … 1 (furious); undefined = no opinion. */
export type CustomerToneScorer = (message: string) => number | undefined;

let registeredScorer: CustomerToneScorer | undefined;

/** Plug a tone model into every check (pass undefined to unplug). */
export function setCustomerToneScorer(scorer: CustomerToneScorer | undefined): void {
  registeredScorer = scorer;
}

/** A model score at or above this counts as frustrated even without wording cues. */
const MODEL_THRESHOLD = 0.6;

/**
 * Anger or exasperation: one of these is enough. Worry, deadlines and counts are not anger on their
 * own ("I'm worried about Friday", "Urgent: the deadline is 5 PM", "third time this month I've
 * needed a loan laptop"); they are `SIGNS` and need a sign of another kind with them.
 */
const ANGER: readonly RegExp[] = [
  /\b(?:ridiculous|unacceptable|absurd|outrageous|unbelievable|infuriating|pathetic|useless|joke|disgrace(?:ful)?)\b/gi,
  // "sorry to annoy you" is politeness, not anger.
  /\bfrustrat\w*|(?<!\bto\s+)\bannoy\w*|\bangry\b|\bfurious\b|\bfed\s+up\b|\bsick\s+of\b|\btired\s+of\b|\bupset\b|\bfuming\b|\bexasperat\w*/gi,
  /\b(?:no\s+one|nobody)\s+(?:has|is|ever|replied|responded|got\s+back|called|bothered|seems)\b/gi,
  /\bwaste\s+of\s+(?:my\s+)?time\b|\bseriously\b|\bhow\s+(?:many\s+(?:more\s+)?times|much\s+longer|long\s+(?:do|does|will|is))\b/gi,
  // The person can't work ("I can't work like this"), not "can't work out where to log in".
  /\b(?:can['’]?t|cannot|unable\s+to)\s+(?:do\s+(?:my|our|any)\s+(?:job|work)|get\s+any\s+work\s+done|work\b(?!\s*(?:out|-?\s*around)\b))|\blosing\s+(?:money|customers|clients)\b/gi,
  // "is anyone actually looking at this", "why is this taking so long", "I give up".
  /\bis\s+(?:anyone|anybody)\s+(?:actually|even|ever)\b|\btaking\s+(?:so|this)\s+long\b|\bI\s+give\s+up\b|\bdriving\s+me\s+(?:crazy|mad|nuts|insane|bananas|up\s+the\s+wall|round\s+the\s+bend)\b/gi,
];

/**
 * Signs of a long or repeated problem, by kind. Two signs of different kinds read as exasperation
 * ("still not working, third time this week"); one alone does not.
 */
const SIGNS: Readonly<Record<string, readonly RegExp[]>> = {
  // "still not working", but not "still getting used to it" or "is it still the same as last month?".
  persistence: [
    /\bstill\s+(?:not|can['’]?t|cannot|doesn['’]t|isn['’]t|won['’]t|no\b|nothing|haven['’]t|hasn['’]t|unable|broken|down|waiting|failing|getting(?!\s+used\b)|having\s+(?:the\s+same\s+)?(?:trouble|issues?|problems?)|the\s+same(?!\s+as\b))/gi,
    /\bnot\s+(?:working|fixed|resolved)\b/gi,
  ],
  repetition: [
    /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth)\s+time\b/gi,
    /\b(?:three|four|five|several|multiple|many|so\s+many|\d+)\s+times\b/gi,
    // "Thanks again", "Hello again", "sorry to bother you again" are manners, not a repeat complaint.
    /(?<!\b(?:thanks|thank\s+you|hi|hello|hey|sorry)\s+)\bagain\b(?!\s+for\b)/gi,
  ],
  waiting: [
    /\b(?:been\s+waiting|waited)\s+(?:for\s+)?(?:\d+|two|three|four|five|several|a\s+few)?\s*(?:hours|days|weeks)\b/gi,
    /\bit['’]s\s+been\s+(?:(?:over|more\s+than|almost|nearly)\s+)?(?:a|an|\d+|two|three|four|five|several)\s+(?:weeks?|days|months?)\b/gi,
    /\bwaiting\b/gi,
  ],
  insistence: [/\?\s*\?/g],
};

/** Said plainly that it can wait: no sign counts (anger still does). */
const NO_RUSH = /\b(?:no\s+(?:rush|hurry|worries)|not\s+(?:urgent|a\s+priority|in\s+a\s+hurry)|whenever\s+you\s+(?:get\s+a\s+chance|can|have)|when\s+you\s+(?:get\s+a\s+chance|have\s+a\s+(?:moment|minute)))\b/i;

/**
 * Time pressure, a sign of its own kind: in a statement it counts ("Urgent: I need access before the
 * deadline"), in a question about it ("What's the deadline for refresh requests?") or as plain timing
 * ("immediately after I leave", "I'm at my desk right now") it doesn't.
 */
const URGENCY = /\b(?:urgent(?:ly)?|asap|deadline|immediately(?!\s+(?:after|before|when|once|if)\b)|time[- ]sensitive|critical(?!\s+(?:update|patch|security|fix|vulnerabilit\w*|alert)s?\b)|emergency)\b/gi;
/** Always-urgent asks, even in a question ("Can you fix this ASAP?"). */
const URGENT_ASK = /^(?:asap|urgently)$/i;

/** Urgency cues in statements (and urgent asks anywhere). */
function urgencyCues(message: string): string[] {
  const cues: string[] = [];
  for (const sentence of message.split(/(?<=[.!?])\s+|\n+/)) {
    const question = /\?\s*$/.test(sentence.trim());
    URGENCY.lastIndex = 0;
    for (let m = URGENCY.exec(sentence); m; m = URGENCY.exec(sentence)) {
      const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
      if (!question || URGENT_ASK.test(cue)) cues.push(cue);
    }
  }
  return cues;
}

const ACRONYMS = new Set(
  'VPN MFA SSO USB PDF HR OK CEO CFO CTO API URL PC ID SSL TLS DNS WIFI LAN WAN RAM CPU GPU SAP CRM ERP ASAP FYI AM PM EOD BTW HDMI SSD HDD MAC IOS OS VM AWS SMS PIN OTP IP DHCP HTTP HTTPS FAQ CSV XLS XLSX DOCX PPT ETA UK US EU IT NDA SLA KPI QA UAT SAAS MDM AD AAD GPO RDP SSH FTP SFTP SMTP IMAP POP MS AV EDR ISP BIOS UEFI CAD SQL'.split(
    ' ',
  ),
);

function shouting(message: string): boolean {
  const caps = message.match(/\b[A-Z]{3,}\b/g) ?? [];
  const loud = caps.filter((w) => !ACRONYMS.has(w));
  return loud.length >= 2;
}

function cuesOf(message: string, patterns: readonly RegExp[]): string[] {
  const out: string[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(message); m; m = re.exec(message)) out.push(m[0].toLowerCase().replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** One reader per kind of sign: the pattern families, then time pressure. */
const SIGN_READERS: readonly ((message: string) => string[])[] = [
  ...Object.values(SIGNS).map((patterns) => (message: string) => cuesOf(message, patterns)),
  urgencyCues,
];

export function customerFrustration(message: string, modelScore?: number): FrustrationReading {
  // Quoted agent text inside the customer's message ("> …" lines) is not their voice.
  const own = message
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .slice(0, 20_000);
  const anger = cuesOf(own, ANGER);
  if (/!{2,}|\?!|!\?/.test(own)) anger.push('!!');
  if (shouting(own)) anger.push('caps');
  const signs: string[] = [];
  let kinds = 0;
  if (!NO_RUSH.test(own)) {
    for (const readSigns of SIGN_READERS) {
      const fresh = readSigns(own).filter((c) => !anger.some((a) => a.includes(c)) && !signs.some((s) => s.includes(c)));
      if (fresh.length === 0) continue;
      kinds++;
      signs.push(...fresh);
    }
  }
  const score = modelScore ?? registeredScorer?.(own);
  const cues = [...new Set([...anger, ...signs])];
  const byWords = anger.length > 0 || kinds >= 2;
  const byModel = score !== undefined && score >= MODEL_THRESHOLD;
  if (byModel && !byWords) cues.push('tone');
  return { frustrated: byWords || byModel, cues };
}
