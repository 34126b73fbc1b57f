/** `rapport check --pack FILE`: a team's own rules in the CLI, and bad packs rejected whole. */
import { describe, expect, it } from 'vitest';
import { rapport } from './helpers/cli';

describe.concurrent('rapport check --pack', { timeout: 120_000 }, () => {
  it("flags the team's words with inflected fixes and exits 1 on a pack warning", async () => {
    const { code, stdout } = await rapport(
      ['check', '--pack', 'examples/packs/acme-it.yaml'],
      'I reached out to the vendor about your tickets.\nDon\'t worry, we\'ll send you a new laptop.',
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('<stdin>:1:3  terminology  Plain English: say "contacted".  → "contacted"');
    expect(lines).toContain('<stdin>:1:40  terminology  ACME says "requests": employees make requests, they don\'t file tickets.  → "requests"');
    expect(lines.some((l) => l.startsWith("<stdin>:2:14  commitments  Don't promise hardware"))).toBe(true);
    expect(code).toBe(1);
  });

  it('--jsonl with a pack keeps the one-line-per-input contract', async () => {
    const { stdout } = await rapport(['check', '--jsonl', '--pack', 'tests/fixtures/packs/good/literal.json'], '{"id":"m1","text":"Set a.b now."}\n');
    const out = JSON.parse(stdout.trim()) as { id: string; findings: Array<{ ruleId: string; text: string }> };
    expect(out.id).toBe('m1');
    expect(out.findings.map((f) => [f.ruleId, f.text])).toContainEqual(['legacy-names', 'a.b']);
  });

  it('rejects a bad pack with file:line and checks nothing (exit 2)', async () => {
    const { code, stdout, stderr } = await rapport(
      ['check', '--pack', 'examples/packs/acme-it.yaml', '--pack', 'tests/fixtures/packs/bad/unknown-rule-field.yaml'],
      'Happy to help!',
    );
    expect(stdout).toBe('');
    // One problem, one line: where, what and that nothing was checked.
    expect(stderr.trim().split('\n')).toEqual([
      'rapport: tests/fixtures/packs/bad/unknown-rule-field.yaml:10:5: rules[0].severty: unknown field "severty" (did you mean "severity"?) (pack rejected; nothing was checked)',
    ]);
    expect(code).toBe(2);
  });
});
