/**
 * The CLI with hostile or broken input: hyphenated packs work, a pack it can't load is one line
 * and exit 2 (never a stack trace), pack text can't send escape sequences to the terminal, and
 * binary or non-UTF-8 files are refused by name (exit 2) instead of being checked as U+FFFD.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';

/** `rapport <args>` in this process (the same run() bin/rapport.js calls), standard input from `stdin`. */
async function rapport(args: string[], stdin: string | Buffer = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const capture = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (d: Buffer) => (text += d.toString('utf8')));
    return { stream, text: () => text };
  };
  const out = capture();
  const err = capture();
  const input = Readable.from(stdin.length ? [typeof stdin === 'string' ? Buffer.from(stdin) : stdin] : []);
  const code = await run(args, { stdin: input, stdout: out.stream, stderr: err.stream, env: { NO_COLOR: '1' } });
  return { code, stdout: out.text(), stderr: err.text() };
}

const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-hardening-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);

const ESC = '\u001b';
const CSI = '\u009b';
const RLO = '\u202e';
/** Terminal controls a pack could smuggle: colour, OSC 8 hyperlink / title, 8-bit CSI, bidi override. */
const HOSTILE = `${ESC}[31m${ESC}]0;pwned${ESC}\\${CSI}2J${RLO}`;
const hostilePackData = {
  name: `evil${ESC}[2J`,
  version: '1',
  rules: [
    {
      id: 'evil/word',
      type: 'existence',
      category: 'terminology',
      severity: 'warning',
      message: `Avoid "{{found}}"${HOSTILE} now.`,
      explanation: 'x',
      suggestion: `Say${HOSTILE} it plainly.`,
      words: ['kludge'],
      examples: { valid: ['All fixed.'], invalid: ['A kludge.'] },
    },
  ],
};
const hostilePack = file('hostile.json', JSON.stringify(hostilePackData));
/** The same pack with one problem, which quotes the pack's own hostile text (an unknown field's name). */
const hostileBadPack = file('hostile-bad.json', JSON.stringify({ ...hostilePackData, [`bad${ESC}[31m${CSI}key`]: 1 }));

const hasControls = (s: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s);

describe('rapport CLI hardening', { timeout: 60_000 }, () => {
  it('checks with a pack whose phrases have hyphens and dashes', async () => {
    const { code, stdout, stderr } = await rapport(['check', '--pack', 'tests/fixtures/packs/good/hyphenated.yaml'], 'I sent you an e-mail about the follow-up — soon.');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(lines(stdout)).toContain('<stdin>:1:15  terminology  House style: "email".  → "email"');
    expect(lines(stdout)).toContain('<stdin>:1:32  terminology  Say when: "follow-up — soon" alone is vague.  → Say when you will check back.');
    expect(code).toBe(1);
  });

  it('a pack it cannot load is one line on stderr and exit 2', async () => {
    const [unknownField, binary] = await Promise.all([
      rapport(['check', '--pack', 'tests/fixtures/packs/bad/unknown-rule-field.yaml'], 'Happy to help!'),
      rapport(['check', '--pack', file('pack.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x00, 0xff, 0x01]))], 'Happy to help!'),
    ]);
    expect(lines(unknownField.stderr)).toEqual([
      'rapport: tests/fixtures/packs/bad/unknown-rule-field.yaml:10:5: rules[0].severty: unknown field "severty" (did you mean "severity"?) (pack rejected; nothing was checked)',
    ]);
    expect(lines(binary.stderr)).toEqual([`rapport: --pack ${join(dir, 'pack.yaml')}: is a binary file (it contains NUL bytes), not text (pack rejected; nothing was checked)`]);
    for (const run of [unknownField, binary]) {
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    }
  });

  it('prints no control characters from a pack, in text or JSON output or in its problems', async () => {
    const [text, json, jsonl, bad] = await Promise.all([
      rapport(['check', '--pack', hostilePack], 'We used a kludge.'),
      rapport(['check', '--format', 'json', '--pack', hostilePack], 'We used a kludge.'),
      rapport(['check', '--jsonl', '--pack', hostilePack], `${JSON.stringify({ id: 'm', text: 'A kludge.' })}\n`),
      rapport(['check', '--pack', hostileBadPack], 'Hi.'),
    ]);
    expect(lines(text.stdout)).toContain('<stdin>:1:11  terminology  Avoid "kludge"[31m]0;pwned\\2J now.  → Say[31m]0;pwned\\2J it plainly.');
    for (const run of [text, json, jsonl, bad]) {
      expect(hasControls(run.stdout), JSON.stringify(run.stdout)).toBe(false);
      expect(hasControls(run.stderr), JSON.stringify(run.stderr)).toBe(false);
    }
    // JSON keeps the data exactly (escaped, not dropped), so machines see what the pack says.
    // The pack's own finding (the coach model may add a card of its own on the same words).
    const fromPack = (f: { message: string }) => f.message.startsWith('Avoid "kludge"');
    const finding = (JSON.parse(json.stdout) as { results: Array<{ findings: Array<{ message: string; principle: { id: string } }> }> }).results[0]!.findings.find(fromPack)!;
    expect(finding.message).toBe(`Avoid "kludge"${HOSTILE} now.`);
    // A pack finding's principle names the pack in its id; its text is the rule's explanation.
    expect(finding.principle.id).toContain(`evil${ESC}[2J`);
    expect((JSON.parse(jsonl.stdout) as { findings: Array<{ message: string }> }).findings.find(fromPack)!.message).toBe(`Avoid "kludge"${HOSTILE} now.`);
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual([
      `rapport: ${hostileBadPack}:1:370: ["bad\\u001b[31mkey"]: unknown field "bad[31mkey" (allowed: name, version, description, rules, siteProfiles) (pack rejected; nothing was checked)`,
    ]);
  });

  it('refuses binary and invalid UTF-8 inputs by name with exit 2', async () => {
    const binary = file('binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x00, 0x21, 0x0a]));
    const latin1 = file('latin1.txt', Buffer.from('Caf\u00e9 help', 'latin1'));
    const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Happy to help', 'utf16le')]));
    const jsonlLatin1 = file('macros.jsonl', Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n'), Buffer.from('{"id":"b","text":"caf\u00e9"}\n', 'latin1')]));
    const good = 'tests/fixtures/cli/good-reply.txt';
    const runs = await Promise.all([
      rapport(['check', binary, good]),
      rapport(['check', latin1]),
      rapport(['check', utf16]),
      rapport(['check', '--jsonl', jsonlLatin1]),
      rapport(['check', '-'], Buffer.from([0xc3, 0x28, 0x0a])),
      rapport(['check', '--customer-message', binary, good]),
    ]);
    const expected = [
      `${binary}: is a binary file (it contains NUL bytes), not text`,
      `${latin1}: is not valid UTF-8 text; save it as UTF-8 to check it`,
      `${utf16}: is UTF-16 text; save it as UTF-8 to check it`,
      `${jsonlLatin1}: is not valid UTF-8 text; save it as UTF-8 to check it`,
      '<stdin>: is not valid UTF-8 text; save it as UTF-8 to check it',
      `--customer-message ${binary}: is a binary file (it contains NUL bytes), not text`,
    ];
    runs.forEach((run, i) => {
      expect(run.stderr, expected[i]).toContain(`rapport: ${expected[i]}`);
      expect(run.code, expected[i]).toBe(2);
    });
    // The good file next to the binary one is still checked.
    expect(runs[0]!.stderr).toMatch(/in 1 file; 1 input could not be checked\./);
  });
});
