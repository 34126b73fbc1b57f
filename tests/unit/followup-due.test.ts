/**
 * Commitment phrasings parsed to their due time, in a fixed time zone from a fixed moment: the
 * reply is sent on Wednesday 11 March 2026 at 10:15 in New York (after the switch to summer time),
 * unless a case says otherwise. `null` expects no promise at all.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments, PROMISE_MAX_CHARS } from '../../lib/followup/commitments';
import { defaultDue } from '../../lib/followup/due-time';
import { addWorkingDays } from '../../lib/followup/working-days';

process.env.TZ = 'America/New_York';

const WEDNESDAY = () => new Date(2026, 2, 11, 10, 15);

function local(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

type Case = [text: string, due: string | null, how?: 'stated' | 'default' | 'now'];

const TIMES: Case[] = [
  ["I'll check back at 2:30.", '2026-03-11 14:30'],
  ["I'll update you by 3 PM.", '2026-03-11 15:00'],
  ["I'm going to test it again at 4pm.", '2026-03-11 16:00'],
  ["I'll call you at 11.", '2026-03-11 11:00'],
  ["I'll call you back at 8am.", '2026-03-12 08:00'],
  ["I'll confirm by noon.", '2026-03-11 12:00'],
  ["I'll update you by 16:00.", '2026-03-11 16:00'],
  ["We'll restart the server at 1 and I'll let you know how it went.", '2026-03-11 13:00'],
  ["I'll send the new invite at 9:45 am.", '2026-03-12 09:45'],
  ["I'll give you a ring at 3.30pm.", '2026-03-11 15:30'],
  ["I will update you before 5 PM.", '2026-03-11 17:00'],
  ["I'll check the backup at 7 this evening.", '2026-03-11 19:00'],
  ["I'm still working on the Jira error and I'll update you by three.", '2026-03-11 15:00'],
  ["I'll ring you at eleven o'clock.", '2026-03-11 11:00'],
  ["I'll call you back around nine.", '2026-03-12 09:00'],
  ["I'll update you by email every day until the refund is in your account.", '2026-03-11 17:00'],
  ["We'll post an update hourly until it's fixed.", '2026-03-11 11:15'],
];

const DAY_PARTS: Case[] = [
  ["I'll call you tomorrow morning.", '2026-03-12 09:00'],
  ["I'll ring you this afternoon.", '2026-03-11 15:00'],
  ["I'll reply by tonight.", '2026-03-11 18:00'],
  ["I'll get back to you by end of day.", '2026-03-11 17:00'],
  ["I'll send it by EOD.", '2026-03-11 17:00'],
  ["I'll have the quote ready by close of business.", '2026-03-11 17:00'],
  ["I'll email you first thing tomorrow.", '2026-03-12 09:00'],
  ["I'll check on it later today.", '2026-03-11 16:00'],
  ["I'll update you before lunch.", '2026-03-11 12:00'],
  ["I'll test the printer again after lunch.", '2026-03-11 14:00'],
  ["I will update you on Thursday afternoon.", '2026-03-12 15:00'],
  ["I'll get back to you at 9:30 tomorrow.", '2026-03-12 09:30'],
  ["Expect an update from me tomorrow at 10.", '2026-03-12 10:00'],
  ["I'll look at the logs tomorrow evening.", '2026-03-12 18:00'],
];

const WEEKDAYS: Case[] = [
  ["You'll hear from me by Friday.", '2026-03-13 17:00'],
  ["I will call you on Monday at 9.", '2026-03-16 09:00'],
  ["I'll call next Tuesday.", '2026-03-17 10:00'],
  ["I'll check on Saturday.", '2026-03-14 10:00'],
  ["I'll keep an eye on it over the weekend.", '2026-03-16 09:00'],
  ["I'll chase them by the end of the week.", '2026-03-13 17:00'],
  ["I'll follow up next week.", '2026-03-16 10:00'],
  ["I'll call you on Thursday.", '2026-03-12 10:00'],
  ["We'll swap the dock on Friday morning.", '2026-03-13 09:00'],
  ["I'll book the engineer for Monday and confirm with you then.", '2026-03-16 10:00'],
  ["I'll check back on the 15th.", '2026-03-15 10:00'],
  ["I'll call you on 17 March.", '2026-03-17 10:00'],
  ["I'll confirm the order by March 20.", '2026-03-20 17:00'],
  ["I'll update you tomorrow.", '2026-03-12 10:00'],
  ["I'll have the replacement to you by tomorrow.", '2026-03-12 17:00'],
  ["We'll check the monitor again on Wednesday next week.", '2026-03-18 10:00'],
];

const RELATIVE: Case[] = [
  ["I'll update you in 2 hours.", '2026-03-11 12:15'],
  ["I'll ping you in 30 minutes.", '2026-03-11 10:45'],
  ["I'll update you in an hour.", '2026-03-11 11:15'],
  ["We'll have an answer within 24 hours.", '2026-03-12 10:15'],
  ["I'll check in a couple of days.", '2026-03-13 10:00'],
  ["We will follow up within two business days.", '2026-03-13 10:15'],
  ["I'll get back to you within 3 working days.", '2026-03-16 10:15'],
  ["I'll check it again in three days.", '2026-03-14 10:00'],
  ["I'll call you back in 15 minutes.", '2026-03-11 10:30'],
  ["I'll look again in a week.", '2026-03-18 10:00'],
  ["You should hear back from us within 48 hours.", '2026-03-13 10:15'],
];

const NO_TIME: Case[] = [
  ["I'll look into it.", '2026-03-11 16:00', 'default'],
  ["I'll get back to you.", '2026-03-11 16:00', 'default'],
  ["We'll keep you posted.", '2026-03-11 16:00', 'default'],
  ["I'm going to chase the vendor for you.", '2026-03-11 16:00', 'default'],
  ["I will follow up with the network team.", '2026-03-11 16:00', 'default'],
  ["You'll hear from me as soon as I know more.", '2026-03-11 16:00', 'default'],
  ["I'll find out what happened.", '2026-03-11 16:00', 'default'],
  ["I'll reset it now.", '2026-03-11 10:15', 'now'],
  ["I'll do that right away.", '2026-03-11 10:15', 'now'],
];

const NOT_PROMISES: Case[] = [
  ["I'll be honest, it's broken.", null],
  ['If it happens again, I will replace it.', null],
  ['We will need your serial number.', null],
  ['The engineer will call you tomorrow.', null],
  ['I checked the logs yesterday.', null],
  ['> I will call you tomorrow', null],
];

describe('commitment due times', () => {
  const all = [...TIMES, ...DAY_PARTS, ...WEEKDAYS, ...RELATIVE, ...NO_TIME, ...NOT_PROMISES];

  it('has at least 60 phrasings', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
  });

  it.each(all)('%s → %s', (text, due, how = 'stated') => {
    const found = findCommitments(text, WEDNESDAY());
    if (due === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const [promise] = found;
    expect(local(promise!.due)).toBe(due);
    expect(promise!.stated).toBe(how !== 'default');
    expect(promise!.immediate).toBe(how === 'now');
  });
});

describe('commitments in a reply', () => {
  it('finds each promise with its exact offsets, its action and its words', () => {
    const reply = 'Hi Dana,\n\nThanks for the photos. I\'ll check back at 2:30 to see if the toner arrived.\n> Can you call me?\nYou\'ll hear from me by Friday either way.\n\nBest, Sam';
    const found = findCommitments(reply, WEDNESDAY());
    expect(found.map((c) => reply.slice(c.start, c.end))).toEqual(["I'll check back at 2:30 to see if the toner arrived.", "You'll hear from me by Friday either way."]);
    expect(found.map((c) => c.action)).toEqual(['check back', 'get back to them']);
    expect(found.map((c) => local(c.due))).toEqual(['2026-03-11 14:30', '2026-03-13 17:00']);
  });

  it('keeps at most 100 characters of a promise', () => {
    const long = `I'll call you tomorrow morning about ${'the replacement laptop and '.repeat(6)}your data.`;
    const [promise] = findCommitments(long, WEDNESDAY());
    expect(promise!.text.length).toBe(PROMISE_MAX_CHARS);
    expect(promise!.text.endsWith('…')).toBe(true);
  });
});

describe('default due time and working days', () => {
  it('is 16:00 the same day before 14:00 on a working day, else 10:00 the next working day', () => {
    expect(local(defaultDue(new Date(2026, 2, 11, 13, 59)))).toBe('2026-03-11 16:00');
    expect(local(defaultDue(new Date(2026, 2, 11, 14, 0)))).toBe('2026-03-12 10:00');
    expect(local(defaultDue(new Date(2026, 2, 13, 15, 0)))).toBe('2026-03-16 10:00');
    expect(local(defaultDue(new Date(2026, 2, 14, 11, 0)))).toBe('2026-03-16 10:00');
  });

  it('adds three working days over a weekend', () => {
    expect(local(addWorkingDays(new Date(2026, 2, 11, 10, 15), 3))).toBe('2026-03-16 10:15');
    expect(local(addWorkingDays(new Date(2026, 2, 13, 16, 0), 3))).toBe('2026-03-18 16:00');
    expect(local(addWorkingDays(new Date(2026, 2, 14, 9, 0), 3))).toBe('2026-03-18 09:00');
  });

  it('a promise said on Friday afternoon without a time is due on Monday', () => {
    const [promise] = findCommitments("I'll look into it.", new Date(2026, 2, 13, 15, 30));
    expect(local(promise!.due)).toBe('2026-03-16 10:00');
  });
});
