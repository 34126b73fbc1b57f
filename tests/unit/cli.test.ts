/**
 * The real `rapport` command, spawned as a user or a CI job would run it: files, standard input,
 * JSON Lines with bad lines, positions and exit codes.
 */
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rapport } from './helpers/cli';

const fixture = (name: string) => `tests/fixtures/cli/${name}`;

const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);

describe.concurrent('rapport CLI', { timeout: 120_000 }, () => {
  it('prints file:line:col  category  message  → fix, counting columns in UTF-16 units across CRLF lines', async () => {
    const { code, stdout } = await rapport(['check', fixture('help-wording.txt')]);
    const help = lines(stdout).filter((l) => l.includes('  help-wording  '));
    // Line 1 has an emoji (two UTF-16 units) before "help"; line 2 is a quote and stays quiet.
    expect(help).toEqual([
      'tests/fixtures/cli/help-wording.txt:1:27  help-wording  Say "assist": "help" can imply something is wrong with them.  → "assist"',
      'tests/fixtures/cli/help-wording.txt:3:3  help-wording  Say "assisted": "help" can imply something is wrong with them.  → "assisted"',
    ]);
    // help-wording is a suggestion, below the default --fail-on warning.
    expect(code).toBe(0);
  });

  it('reads standard input when no file is given and names it <stdin>', async () => {
    const { code, stdout, stderr } = await rapport(['check'], 'All good here.\nHow can I help you today?');
    expect(lines(stdout).filter((l) => l.includes('help-wording'))[0]).toMatch(/^<stdin>:2:11  help-wording  .* → "assist"$/);
    expect(stderr).toMatch(/in 1 file\.\n$/);
    expect(code).toBe(0);
  });

  it('--format json gives offsets, positions and the flagged text for every file', async () => {
    const { code, stdout } = await rapport(['check', '--format', 'json', fixture('help-wording.txt'), '-'], 'Glad I could help.');
    const out = JSON.parse(stdout) as { results: Array<{ file: string; findings: Array<Record<string, unknown>> }> };
    expect(out.results.map((r) => r.file)).toEqual(['tests/fixtures/cli/help-wording.txt', '<stdin>']);
    const first = out.results[0]!.findings.find((f) => f.ruleId === 'help-wording')!;
    expect(first).toMatchObject({ line: 1, column: 27, endLine: 1, endColumn: 31, text: 'help', severity: 'suggestion' });
    expect(first.replacements).toEqual(['assist']);
    const stdinFinding = out.results[1]!.findings.find((f) => f.ruleId === 'help-wording')!;
    expect(stdinFinding).toMatchObject({ start: 13, end: 17, text: 'help' });
    expect(code).toBe(0);
  });

  it('--format json and --jsonl include the draft tone from the tone model, lower for a curt draft', async () => {
    const curt = 'Why did you not read the instructions? Send me the logs now.';
    const warm = "Thanks for sending this over, I know it's holding you up.\nCould you send me the logs when you get a moment? I'll look at them straight away.";
    type Tone = { draft: number; sentences: Array<{ start: number; end: number; line: number; column: number; score: number; curt: boolean }> };
    const [json, jsonl] = await Promise.all([
      rapport(['check', '--format', 'json', '-q', '-', fixture('good-reply.txt')], warm),
      rapport(['check', '--jsonl', '-q'], [JSON.stringify({ id: 'curt', text: curt }), JSON.stringify({ id: 'sig', text: '--\nJo' })].join('\n')),
    ]);
    const results = (JSON.parse(json.stdout) as { results: Array<{ file: string; tone: Tone | null }> }).results;
    const warmTone = results[0]!.tone!;
    expect(warmTone.sentences.map((s) => [s.line, s.column])).toEqual([[1, 1], [2, 1], [2, 51]]);
    expect(warmTone.sentences.every((s) => !s.curt && s.score > 0 && s.score <= 1)).toBe(true);
    expect(results[1]!.tone?.draft).toBeGreaterThan(0);
    const [curtLine, sigLine] = lines(jsonl.stdout).map((l) => JSON.parse(l) as { id: string; findings: Array<{ ruleId: string }>; tone: Tone | null });
    expect(curtLine!.tone!.draft).toBeLessThan(warmTone.draft);
    expect(curtLine!.tone!.sentences.map((s) => s.curt)).toEqual([true, true]);
    // The tone card, or the coach model's curt card that takes its place (category tone).
    expect(curtLine!.findings.some((f) => f.ruleId === 'tone' || f.ruleId === 'coach-curt')).toBe(true);
    // A signature alone carries no tone.
    expect(sigLine).toEqual({ id: 'sig', findings: [], tone: null });
  });

  it('--fail-on suggestion turns a suggestion into exit code 1', async () => {
    const { code } = await rapport(['check', '--fail-on', 'suggestion', '-q'], 'Happy to help!');
    expect(code).toBe(1);
  });

  it('exits 1 when a finding reaches warning severity (the default --fail-on)', async () => {
    const { code, stdout } = await rapport(['check', '-q'], 'As I already told you, you must have deleted the shortcut.');
    expect(stdout).toMatch(/^<stdin>:1:\d+  blame  /m);
    expect(code).toBe(1);
  });

  it('exits 0 on a reply with nothing to flag', async () => {
    const { code, stdout } = await rapport(['check', '--fail-on', 'suggestion', fixture('good-reply.txt')]);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('--context internal-note keeps customer-facing wording informational', async () => {
    const { stdout } = await rapport(['check', '--format', 'json', '--context', 'internal-note'], 'I helped them with the toner.');
    const findings = (JSON.parse(stdout) as { results: Array<{ findings: Array<{ ruleId: string; severity: string }> }> }).results[0]!.findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'help-wording')).toBe(true);
  });

  it('--jsonl writes exactly one line per input line, errors included, and reports bad lines on stderr', async () => {
    const { code, stdout, stderr } = await rapport(['check', '--jsonl', fixture('macros.jsonl')]);
    const out = lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    // 7 physical lines, one blank: 6 inputs → 6 outputs, in input order.
    expect(out.map((o) => o.id)).toEqual(['vpn-reset', 42, null, 'note-1', null, 'bad-context']);
    // The contract's two keys, plus the draft's tone as an extra key.
    expect(Object.keys(out[0]!)).toEqual(['id', 'findings', 'tone']);
    // Each finding has the documented fields and no more: the message's id and fill-ins the engine
    // adds for the extension's translations stay out of the CLI's output.
    for (const f of out[0]!.findings as Record<string, unknown>[]) {
      expect(Object.keys(f).filter((k) => k !== 'suggestion').sort()).toEqual(
        ['category', 'column', 'end', 'endColumn', 'endLine', 'line', 'message', 'principle', 'replacements', 'ruleId', 'scope', 'severity', 'start', 'text'],
      );
    }
    expect((out[0]!.findings as Array<{ ruleId: string; text: string }>).find((f) => f.ruleId === 'help-wording')).toMatchObject({
      text: 'help you reset',
      replacements: ['assist you in resetting'],
    });
    expect((out[3]!.findings as Array<{ severity: string }>).every((f) => f.severity === 'info')).toBe(true);
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringMatching(/^invalid JSON/) });
    expect(out[4]).toMatchObject({ line: 6, error: expect.stringMatching(/missing "id"/) });
    expect(out[5]).toMatchObject({ id: 'bad-context', line: 7, error: expect.stringMatching(/"context" must be/) });
    expect(stderr).toContain('tests/fixtures/cli/macros.jsonl:4: invalid JSON');
    expect(stderr).toContain('tests/fixtures/cli/macros.jsonl:7: "context" must be "reply" or "internal-note"');
    expect(code).toBe(2);
  });

  it('--jsonl reads standard input and exits 0 when every line is fine', async () => {
    const input = ['{"id":"a","text":"Thanks, that fixed it."}', '{"id":"b","text":"Happy to help!"}'].join('\n');
    const { code, stdout } = await rapport(['check', '--jsonl'], input);
    const out = lines(stdout).map((l) => JSON.parse(l) as { id: string; findings: Array<{ ruleId: string }> });
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[1]!.findings.map((f) => f.ruleId)).toContain('help-wording');
    expect(code).toBe(0);
  });

  it('reports unreadable files clearly and still checks the rest (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Happy to help!');
    chmodSync(locked, 0o000);
    const { code, stdout, stderr } = await rapport(['check', 'missing.txt', fixture('help-wording.txt'), 'tests/fixtures/cli', locked]);
    expect(stderr).toContain('rapport: missing.txt: no such file');
    expect(stderr).toContain('rapport: tests/fixtures/cli: is a directory, not a file');
    // root can read anything; only assert the permission message when the file really is unreadable.
    if (process.getuid?.() !== 0) expect(stderr).toContain(`rapport: ${locked}: permission denied`);
    expect(stdout).toContain('tests/fixtures/cli/help-wording.txt:1:27  help-wording');
    expect(code).toBe(2);
  });

  it('--customer-message lets the engine ask for acknowledgement; an unreadable one is a usage error', async () => {
    const reply = 'I reset the printer queue. It should work now.';
    const ruleIds = (out: string) =>
      (JSON.parse(out) as { results: Array<{ findings: Array<{ ruleId: string }> }> }).results[0]!.findings.map((f) => f.ruleId);
    const [withMessage, without, bad] = await Promise.all([
      rapport(['check', '--format', 'json', '--customer-message', fixture('customer.txt'), '-q'], reply),
      rapport(['check', '--format', 'json', '-q'], reply),
      rapport(['check', '--customer-message', 'nope.txt'], reply),
    ]);
    expect(ruleIds(withMessage.stdout)).toContain('acknowledgement');
    expect(ruleIds(without.stdout)).not.toContain('acknowledgement');
    expect(bad.stderr).toContain('--customer-message nope.txt: no such file');
    expect(bad.code).toBe(2);
  });

  it('usage errors exit 2 with a pointer to --help', async () => {
    const cases = [['check', '--format', 'xml'], ['lint'], [], ['check', '--bogus'], ['check', '--jsonl', '--format', 'json']];
    const runs = await Promise.all(cases.map((args) => rapport(args)));
    for (const [i, args] of cases.entries()) {
      const { code, stderr, stdout } = runs[i]!;
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/^rapport: .+\nRun "rapport --help" for usage\.\n$/);
      expect(stdout).toBe('');
    }
  });

  it('--help documents the JSONL contract and exit codes; --version prints the package version', async () => {
    const help = await rapport(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('{"id": … or null, "line": N, "error": "…"}');
    expect(help.stdout).toMatch(/Exit codes\n\s+0 .*\n\s+1 .*\n\s+2 /);
    const version = await rapport(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.code).toBe(0);
  });
});
