/**
 * When a promise is due, read from its own words in the agent's local time zone (the browser's):
 * chrono-node finds the date and time ("at 2:30", "tomorrow morning", "by Friday", "in two hours"),
 * and the help desk's working day fills in what people leave out: "at 2:30" is the afternoon, a day
 * without a time is 10:00 (17:00 after "by"/"before"), "morning" is 9:00, "end of day" is 17:00,
 * "over the weekend" is checked on Monday at 9:00. A promise with no time gets `defaultDue`.
 */
import * as chrono from 'chrono-node';
import { addWorkingDays, atTime, isWorkingDay, onWorkingDay } from './working-days';

export interface DueTime {
  due: Date;
  /** The words that said when, as written (empty for "now"). */
  words: string;
  /** Offset of `words` in the sentence. */
  index: number;
  /** "now", "right away": done as it is said, nothing to remind about. */
  immediate: boolean;
}

const HOUR = 3_600_000;
const END_OF_DAY = 17;
const DAY_ONLY_HOUR = 10;
const MORNING_HOUR = 9;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Later today: `date`, or an hour from now when it has already passed. */
function todayOrSoon(now: Date, date: Date): Date {
  return date.getTime() > now.getTime() ? date : new Date(now.getTime() + HOUR);
}

function nextMonday(now: Date, hour: number): Date {
  const out = atTime(now, hour);
  do out.setDate(out.getDate() + 1);
  while (out.getDay() !== 1);
  return out;
}

/** Done as it is said: nothing to remind about. */
const IMMEDIATE = /\b(?:right\s+now|right\s+away|straight\s+away|immediately|now)\b/i;

/** Phrases chrono-node does not read the way a help desk means them. */
const DESK_PHRASES: { re: RegExp; due: (now: Date, m: RegExpExecArray) => Date }[] = [
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|my\s+|your\s+|today['’]s\s+)?(?:working\s+|business\s+)?day|EOD|COB|close\s+of\s+(?:business|play)|end\s+of\s+play)\b/i,
    due: (now) => todayOrSoon(now, atTime(now, END_OF_DAY)),
  },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:working\s+)?week\b/i,
    due: (now) => {
      const friday = atTime(now, END_OF_DAY);
      while (friday.getDay() !== 5) friday.setDate(friday.getDate() + 1);
      return friday;
    },
  },
  { re: /\b(?:(?:over|during|at|on|for|through)\s+)?(?:the|this)\s+weekend\b/i, due: (now) => nextMonday(now, MORNING_HOUR) },
  {
    re: /\b(?:before|by|after|around|at)\s+lunch(?:time)?\b/i,
    due: (now, m) => {
      const at = atTime(now, /^after/i.test(m[0]) ? 14 : 12);
      return at.getTime() > now.getTime() ? at : atTime(addWorkingDays(now, 1), at.getHours());
    },
  },
  {
    re: /\b(?:within|in)\s+(\d+|a|an|one|two|three|four|five|ten)\s+(?:business|working)\s+days?\b/i,
    due: (now, m) => addWorkingDays(now, Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 1),
  },
  {
    // "on the 15th": that day of this month, or of the next when it has passed.
    re: /\b(?:on|by|before)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])/,
    due: (now, m) => {
      const day = Number(m[1]);
      const at = atTime(now, /^on/i.test(m[0]) ? DAY_ONLY_HOUR : END_OF_DAY);
      at.setDate(day);
      if (at.getTime() <= now.getTime()) at.setMonth(at.getMonth() + 1, day);
      return at;
    },
  },
  { re: /\b(?:later\s+)?today\b/i, due: (now) => todayOrSoon(now, atTime(now, 16)) },
  {
    // "I'll update you every day until…": the first update is due by the end of today.
    re: /\b(?:every|each)\s+(?:single\s+)?(?:day|morning|afternoon|evening|working\s+day|business\s+day)\b|\bdaily\b/i,
    due: (now) => todayOrSoon(now, atTime(now, END_OF_DAY)),
  },
  { re: /\b(?:every|each)\s+(?:hour|few\s+hours|couple\s+of\s+hours)\b|\bhourly\b/i, due: (now) => new Date(now.getTime() + HOUR) },
  {
    // "I'll update you by three": an hour in words, read like "at 3" (1–7 is the afternoon).
    re: /\b(?:by|at|around|before|until|till)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?\b(?!\s+(?:days?|hours?|minutes?|weeks?|months?|people|of|more|times?|tickets?|users?|[a-z]+s)\b)/i,
    due: (now, m) => {
      const hour = NUMBER_WORDS[m[1]!.toLowerCase()]!;
      const at = atTime(now, hour <= 7 ? hour + 12 : hour);
      return at.getTime() > now.getTime() ? at : atTime(onWorkingDay(addWorkingDays(now, 1)), at.getHours());
    },
  },
];

/** Makes chrono's reading of a date without a time, or a time without am/pm, the desk's. */
function deskReading(result: chrono.ParsedResult, sentence: string, now: Date): Date {
  const start = result.start;
  const before = sentence.slice(0, result.index);
  const words = result.text;
  let due = start.date();
  if (start.isCertain('hour')) {
    const hour = start.get('hour') ?? 0;
    // "at 2:30" on a help desk is the afternoon: read 1–7 without am/pm as pm.
    if (!start.isCertain('meridiem') && hour >= 1 && hour <= 7) {
      const dated = start.isCertain('day') || start.isCertain('weekday');
      due = dated ? new Date(due.getTime() + 12 * HOUR) : atTime(now, hour + 12, start.get('minute') ?? 0);
      if (!dated && due.getTime() <= now.getTime()) due.setDate(due.getDate() + 1);
    }
    return due;
  }
  if (/\bnext\s+week\b/i.test(words) && !start.isCertain('weekday')) return nextMonday(now, DAY_ONLY_HOUR);
  if (/\bfirst\s+thing\b/i.test(before.slice(-20)) || /\bmorning\b/i.test(words)) return atTime(due, MORNING_HOUR);
  if (/\b(?:tonight|evening)\b/i.test(words)) return atTime(due, 18);
  if (/\bafternoon\b/i.test(words)) return atTime(due, 15);
  const by = /\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$/i.test(before);
  return atTime(due, by ? END_OF_DAY : DAY_ONLY_HOUR);
}

/** The stated due time of a sentence, or null when it says none. */
export function statedDueTime(sentence: string, now: Date): DueTime | null {
  for (const phrase of DESK_PHRASES) {
    const m = phrase.re.exec(sentence);
    if (!m) continue;
    return { due: phrase.due(now, m), words: m[0], index: m.index, immediate: false };
  }
  // chrono reads "now" as a date; here it means "as I write" (below).
  const result = chrono.casual.parse(sentence, now, { forwardDate: true }).find((r) => !IMMEDIATE.test(r.text));
  if (result) return { due: deskReading(result, sentence, now), words: result.text, index: result.index, immediate: false };
  const m = IMMEDIATE.exec(sentence);
  return m ? { due: now, words: m[0], index: m.index, immediate: true } : null;
}

/**
 * When a promise with no time is due: 16:00 today when it is said on a working day before 14:00,
 * else 10:00 on the next working day. The agent can change it in the confirmation.
 */
export function defaultDue(now: Date): Date {
  if (isWorkingDay(now) && now.getHours() < 14) return atTime(now, 16);
  return atTime(onWorkingDay(addWorkingDays(now, 1)), DAY_ONLY_HOUR);
}
