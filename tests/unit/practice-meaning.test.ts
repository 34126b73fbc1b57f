/**
 * Practice on meaning, piece by piece, on the 2 AM printer scenario: paraphrase gets credit, stock
 * phrases alone get half, vague promises and rubric stuffing cost points, a wrong claim caps the
 * score (its denial doesn't), facts listed as bare keywords or denied earn nothing, a follow-up is
 * not an alternative, and scenario data that names a fact it doesn't define is refused.
 */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../lib/practice/builtin';
import { scenarioSchema } from '../../lib/practice/schema';
import { scoreReply } from '../../lib/practice/score';

const printer = builtinPack().scenarios.find((s) => s.id === 'printer-2am-deadline')!;
const item = (reply: string, id: string) => scoreReply(printer, reply).rubric.find((r) => r.id === id)!;

describe('practice scored on meaning', () => {
  it('credits an alternative stated in other words, and half for one that says no more than "another printer"', () => {
    expect(item('I sent the job to the printer one floor down.', 'alternative').credit).toBe(1);
    expect(item("I've moved your job to another printer instead.", 'alternative').credit).toBe(0.5);
    expect(item('The printer is broken.', 'alternative').credit).toBe(0);
  });

  it('gives full acknowledgement credit only when it names her stakes', () => {
    expect(item('What rotten timing, with the board packet due at 8.', 'acknowledge').credit).toBe(1);
    expect(item("I'm sorry for the inconvenience.", 'acknowledge').credit).toBe(0.5);
  });

  it('costs a vague promise with no time, and rubric stuffing with none of the facts', () => {
    const vague = scoreReply(printer, "I'm sorry. We'll look into it and get back to you as soon as possible.");
    expect(vague.penalties.map((p) => p.id)).toContain('vague-promise');
    const stuffed = scoreReply(printer, "I'm sorry, I understand, I hear you. I'll follow up in 15 minutes, I'll check back at 2:30 and keep you posted. Let me know.");
    expect(stuffed.penalties.find((p) => p.id === 'stuffing')?.points).toBe(30);
    expect(stuffed.score).toBeLessThan(60);
  });

  it('caps a reply with a wrong claim at 60, but not one that denies it', () => {
    const good = printer.modelAnswers[0]!;
    const wrong = scoreReply(printer, `${good}\n\nA technician is on the way now.`);
    expect(wrong.penalties.map((p) => p.id)).toContain('wrong-claim');
    expect(wrong.score).toBeLessThanOrEqual(60);
    expect(wrong.nextSteps[0]).toMatch(/^Says what isn't so/);
    const denied = scoreReply(printer, `${good}\n\nI can't say the 3rd floor printer is fixed yet.`);
    expect(denied.penalties).toEqual([]);
  });

  it('gives no credit for facts listed as bare keywords, and says why', () => {
    const salad = "Hi Priya, I'm so sorry and I completely understand. PRN-2F-EAST. Second floor. Badge. Fuser. Technician. 40 pages. I'll follow up in 15 minutes. I'll check back at 2:30. I'm on it and I'll keep you posted.";
    const listed = scoreReply(printer, salad);
    expect(listed.rubric.find((r) => r.id === 'alternative')!.credit).toBe(0);
    expect(listed.rubric.find((r) => r.id === 'collect')!.detail).toMatch(/named only in a bare list of words/);
    expect(listed.penalties.find((p) => p.id === 'stuffing')?.points).toBe(30);
    expect(listed.score).toBeLessThan(40);
    // Terse but said: a verbless sentence with enough in it still states its facts.
    expect(item('Fuser fault on the 3rd floor printer, technician at 7.', 'collect').detail).not.toMatch(/why:/);
    expect(item('Use PRN-2F-EAST.', 'alternative').credit).toBe(1);
  });

  it('costs a denied alternative as a wrong claim, and gives it no credit', () => {
    const denial = scoreReply(printer, "Hi Priya, I'm sorry. I can't move your job to PRN-2F-EAST tonight. I'll check back at 2:30.");
    expect(denial.rubric.find((r) => r.id === 'alternative')!.credit).toBe(0);
    expect(denial.penalties.find((p) => p.id === 'wrong-claim')?.reason).toMatch(/^Says it can't be done, but it can: the printer that works/);
    expect(denial.score).toBeLessThanOrEqual(60);
    // Denied after it is named, too.
    expect(item('PRN-2F-EAST on the second floor can\'t take your job tonight either.', 'alternative').credit).toBe(0);
    // Said both ways ("not the 3rd floor one, but PRN-2F-EAST"), it is offered.
    expect(scoreReply(printer, "I can't fix the 3rd floor printer tonight, so I've moved your job to PRN-2F-EAST.").penalties).toEqual([]);
  });

  it('does not count following up or "I\'m on it" as offering a way forward', () => {
    expect(item("I'll follow up in 15 minutes and check back at 2:30.", 'alternative').credit).toBe(0);
    expect(item("I'm on it, and I'll keep you posted every step of the way.", 'alternative').credit).toBe(0);
    expect(item("I'll send it to another printer instead and follow up in 15 minutes.", 'alternative').credit).toBe(0.5);
  });

  it('reads "you should have been warned" as owning the miss, not as blaming the customer', () => {
    const lost = builtinPack().scenarios.find((s) => s.id === 'lost-data-blames-it')!;
    const owned = scoreReply(lost, "I'm sorry, you should have been warned about the long paths.");
    expect(owned.penalties.map((p) => p.id)).not.toContain('wrong-claim');
    expect(scoreReply(lost, 'You should have read the migration notice.').penalties.map((p) => p.id)).toContain('wrong-claim');
  });

  it('refuses scenario data whose rubric names a fact it does not list', () => {
    const bad = { ...printer, rubric: [{ ...printer.rubric[0]!, check: { type: 'facts', facts: ['no-such-fact'] } }] };
    const parsed = scenarioSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/no fact "no-such-fact"/);
  });
});
