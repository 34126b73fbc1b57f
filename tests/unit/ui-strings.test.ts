/**
 * No English on a Rapport page or in the sidebar that bypasses lib/i18n.ts (issue 14, item 5): the
 * scanner (tests/unit/helpers/ui-strings.ts) finds JSX text, visible attributes and prose literals
 * outside t(); every component and entrypoint file, and the content script's own (lib/content,
 * lib/editing), must come out clean. The scanner is itself
 * checked on a small component with one string of each kind.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedStrings, looksLikeProse } from './helpers/ui-strings';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * background.ts renders nothing; of its replies only "site not granted" can reach the popup, and
 * that one goes through t(). The rest answer senders that are not Rapport's pages.
 */
const NO_UI = new Set(['entrypoints/background.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function scan(source: string, name = 'Sample.tsx'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-ui-strings-'));
  const file = join(dir, name);
  writeFileSync(file, source);
  return hardCodedStrings(file).map((h) => h.text);
}

describe('the hard-coded string scanner', () => {
  it('finds English in JSX text, visible attributes, confirm() and status messages', () => {
    const found = scan(`
      import { t } from '../../lib/i18n';
      export function Sample({ setMessage }: { setMessage: (m: string) => void }) {
        const remove = () => { if (confirm('Remove this pack?')) setMessage(\`Removed \${1} packs.\`); };
        document.body.setAttribute('aria-label', 'Teach this desk');
        return (
          <section aria-label="Team packs" class="packs wide" data-section="packs">
            <h2>Team packs</h2>
            <input placeholder="desk.example.com" title={'Where it runs'} />
            <button type="button" onClick={remove}>{t('remove')}</button>
            <img alt="Rapport" />
          </section>
        );
      }
    `);
    expect(found).toEqual(['Remove this pack?', '`Removed ${1} packs.`', 'Teach this desk', 'Team packs', 'Team packs', 'desk.example.com', 'Where it runs']);
  });

  it('leaves alone what nobody reads: imports, types, class names, selectors, keys, comparisons, t() keys', () => {
    const found = scan(`
      import { Thing } from 'Some Module';
      type Mode = 'Read only' | 'Edit';
      export function Sample({ mode, e }: { mode: Mode; e: KeyboardEvent }) {
        document.querySelector('[data-x="Not shown"] .a');
        console.warn('Rapport: the model did not load');
        if (e.key === 'Escape' || mode === 'Read only') throw new Error('A developer message');
        const attrs = { class: 'card sev-warning', 'data-state': 'Not shown either' };
        return <div {...attrs} class={mode === 'Edit' ? 'dot on' : 'dot off'}>{t('remove')}</div>;
      }
    `);
    expect(found).toEqual([]);
  });

  it('tells prose from identifiers', () => {
    for (const prose of ['Save', 'Nothing was imported.', 'the team', 'Last 7 days']) expect(looksLikeProse(prose), prose).toBe(true);
    for (const code of ['team', 'export-json', 'rapport:tab-status', '/dashboard.html', 'https://example.com', '.card > p', 'Rapport']) expect(looksLikeProse(code), code).toBe(false);
  });
});

/**
 * Literals in the content script that read like prose but nobody sees: labels for the console when
 * a step fails (`attempt('site adapter', …)`), key names, a selector, inline styles, and the sentence the
 * engine is warmed up on.
 */
const CONTENT_SCRIPT_SILENT = new Set([
  'lib/content/anchor.ts: button, input[type="submit"], input[type="button"], [role="button"]',
  'lib/content/controller.ts: draft kind',
  'lib/content/controller.ts: site adapter',
  'lib/content/controller.ts: customer message',
  'lib/content/controller.ts: tab status',
  'lib/content/controller.ts: toolbar count',
  'lib/content/current-tracking.ts: Home',
  'lib/content/current-tracking.ts: End',
  'lib/content/textarea-overlay.ts: `translate(${rect.left}px, ${rect.top}px)`',
  'lib/content/warm-up.ts: Thanks for your patience, I\'m happy to help you with this today.',
]);

describe('Rapport’s UI', () => {
  const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints'))].filter((f) => !NO_UI.has(relative(ROOT, f)));

  it('has every user-visible string in components/ and entrypoints/ go through t()', () => {
    expect(files.length).toBeGreaterThan(60);
    const found = files.flatMap((file) => hardCodedStrings(file).map((h) => `${relative(ROOT, h.file)}:${h.line}: ${h.text}`));
    expect(found).toEqual([]);
  });

  it('has the content script’s own words (teach panel, notices, apply failures in lib/editing) go through t()', () => {
    const inPage = [...sourceFiles(join(ROOT, 'lib/content')), ...sourceFiles(join(ROOT, 'lib/editing'))];
    expect(inPage.length).toBeGreaterThan(40);
    const found = inPage
      .flatMap((file) => hardCodedStrings(file).map((h) => ({ where: `${relative(ROOT, h.file)}:${h.line}`, what: `${relative(ROOT, h.file)}: ${h.text}` })))
      .filter((h) => !CONTENT_SCRIPT_SILENT.has(h.what) && !h.what.startsWith('lib/content/textarea-overlay.ts: `inset('))
      .map((h) => `${h.where}: ${h.what.slice(h.what.indexOf(': ') + 2)}`);
    expect(found).toEqual([]);
  });

  it('has the practice score’s words (notes, rubric details, penalties, next steps) go through t()', () => {
    const scoring = ['score.ts', 'checks.ts', 'builtin.ts', 'meaning/intents.ts', 'meaning/penalties.ts'].map((f) => join(ROOT, 'lib/practice', f));
    const found = scoring.flatMap((file) => hardCodedStrings(file).map((h) => `${relative(ROOT, h.file)}:${h.line}: ${h.text}`));
    expect(found).toEqual([]);
  });
});
