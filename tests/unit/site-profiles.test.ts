// @vitest-environment happy-dom
/**
 * Site profiles ("Teach Rapport this desk"): stable selectors from picked elements (never hashed
 * classes or numbered ids), the profile as an adapter (kind from its note switch, the customer's
 * latest message), broken profiles reported and ignored, the export file's schema, profiles inside
 * a team pack and an organisation's forced pack, and which profile wins on an origin.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../lib/packs';
import { mergePolicy } from '../../lib/policy/merge';
import { resolvePolicy } from '../../lib/policy/resolve';
import { profileAdapter, profileProblems } from '../../lib/profiles/adapter';
import { profileFor, readStoredProfiles, type SiteProfile } from '../../lib/profiles/profile';
import { parseProfilesFile, profilesFileText } from '../../lib/profiles/schema';
import { looksGenerated, messageSelector, uniqueSelector } from '../../lib/profiles/selectors';
import { adapterForEditor, genericAdapter } from '../../lib/sites';
import { collectProfiles } from '../../lib/settings/live';
import { freshSettings } from '../../lib/settings/schema';

const DESK = `
  <div class="thread css-1k2j3h">
    <article class="post post--from-client css-5g6h7j"><div class="post__text css-2b3c4d"><p>My laptop stopped charging.</p></div></article>
    <article class="post post--from-staff css-5g6h7j"><div class="post__text css-2b3c4d"><p>Try another outlet?</p></div></article>
    <article class="post post--from-client css-5g6h7j" id="post-381"><div class="post__text css-2b3c4d"><p>Third time asking, I'm frustrated.</p></div></article>
  </div>
  <div class="composer css-9q8w7e">
    <div role="tablist"><button role="tab" class="audience__tab" id="audience-everyone" aria-selected="true">Everyone</button>
      <button role="tab" class="audience__tab" id="audience-staff" aria-selected="false">Staff only</button></div>
    <div class="composer__box css-8f7e6d" id="post-body" contenteditable="true"></div>
  </div>`;

const ORIGIN = 'https://help.northwind.example';

function profile(overrides: Partial<SiteProfile> = {}): SiteProfile {
  return { version: 1, origin: ORIGIN, name: 'Northwind', replyBox: '#post-body', noteSwitch: '#audience-staff', customerMessage: '.post--from-client .post__text', ...overrides };
}

describe('stable selectors', () => {
  it('tells generated class names and ids from words', () => {
    for (const token of ['css-1k2j3h', 'sc-bdVaJa', 'TicketMessage__fromAgent___b2Vn', 'dFCbN', 'ember381', 'x7Kp2']) expect(looksGenerated(token), token).toBe(true);
    for (const token of ['post--from-client', 'ql-editor', 'ck-editor__editable', 'forceChatterPublisherPresentationDesktop', 'audience__tab', 'post-body']) {
      expect(looksGenerated(token), token).toBe(false);
    }
  });

  it('prefers a readable id, never a hashed class, and scopes customer messages by their marker', () => {
    document.body.innerHTML = DESK;
    expect(uniqueSelector(document.querySelector('#post-body')!)).toBe('#post-body');
    expect(uniqueSelector(document.querySelector('#audience-staff')!)).toBe('#audience-staff');
    const picked = document.querySelectorAll('.post__text')[2]!;
    expect(messageSelector(picked)).toBe('.post--from-client .post__text');
    // The numbered id of that one message is not used: the selector finds the other customer post too.
    expect(document.querySelectorAll(messageSelector(picked)!)).toHaveLength(2);
  });

  it('uses test hooks and editor classes where there is no id, scoped by an ancestor when needed', () => {
    document.body.innerHTML = `
      <div data-testid="reply-composer"><div class="ProseMirror css-1a2b3c" contenteditable="true"></div></div>
      <div data-testid="note-composer"><div class="ProseMirror css-4d5e6f" contenteditable="true"></div></div>`;
    const reply = document.querySelector('[data-testid="reply-composer"] .ProseMirror')!;
    const selector = uniqueSelector(reply)!;
    expect(selector).toBe('[data-testid="reply-composer"] .ProseMirror');
    expect(selector).not.toMatch(/css-/);
  });

  it('gives up rather than describe an element by position or hash alone', () => {
    document.body.innerHTML = '<div><div class="css-1a2b3c"><span class="x7Kp2">text</span></div></div>';
    expect(uniqueSelector(document.querySelector('span')!)).toBeUndefined();
  });
});

describe('a profile as the page adapter', () => {
  it('reads reply or note from the switch and the latest customer message', () => {
    document.body.innerHTML = DESK;
    const editor = document.querySelector<HTMLElement>('#post-body')!;
    const adapter = profileAdapter(profile(), genericAdapter);
    expect(adapter.isReplyBox(editor)).toBe(true);
    expect(adapter.draftKind(editor)).toBe('reply');
    expect(adapter.customerMessage(editor)).toBe("Third time asking, I'm frustrated.");
    document.querySelector('#audience-staff')!.setAttribute('aria-selected', 'true');
    expect(adapter.draftKind(editor)).toBe('internal-note');
  });

  it('is used for its origin when it works, and ignored (reported) when a selector matches nothing or is not CSS', () => {
    document.body.innerHTML = DESK;
    const editor = document.querySelector<HTMLElement>('#post-body')!;
    const url = new URL(`${ORIGIN}/tickets/88`);
    expect(adapterForEditor(url, document, editor, profile())?.id).toBe('profile');
    // (happy-dom has no layout, so the generic adapter, which wants a visible box, claims nothing here.)
    expect(adapterForEditor(new URL('https://other.example/'), document, editor, profile())?.id).not.toBe('profile');

    const broken = profile({ noteSwitch: '#no-such-tab' });
    expect(profileProblems(broken, document)).toEqual(['the reply/note switch selector #no-such-tab matches nothing on this page']);
    expect(adapterForEditor(url, document, editor, broken)?.id).not.toBe('profile');
    const invalid = profile({ customerMessage: 'div[[' });
    expect(profileProblems(invalid, document)[0]).toMatch(/is not valid CSS/);
    expect(() => adapterForEditor(url, document, editor, invalid)).not.toThrow();
    expect(adapterForEditor(url, document, editor, invalid)?.id).not.toBe('profile');
  });
});

describe('profiles as data', () => {
  it('round-trips through the export file, and a bad file is refused whole with where and why', () => {
    const text = profilesFileText([profile()]);
    expect(parseProfilesFile(text)).toEqual({ ok: true, profiles: [profile()] });
    const bad = JSON.stringify({ rapportSiteProfiles: 1, profiles: [profile(), { ...profile({ origin: 'https://x.example/path' }) }, { ...profile(), extra: 1 }] });
    const parsed = parseProfilesFile(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.some((p) => p.startsWith('profiles.1.origin:'))).toBe(true);
      expect(parsed.problems.some((p) => /profiles\.2/.test(p) && /extra/.test(p))).toBe(true);
    }
    expect(parseProfilesFile(JSON.stringify({ rapportSiteProfiles: 1, profiles: [profile({ replyBox: 'div[[' })] }))).toMatchObject({ ok: false });
    expect(parseProfilesFile('not json')).toMatchObject({ ok: false });
  });

  it('reads stored profiles forgivingly: bad entries dropped with a reason, one per origin', () => {
    const read = readStoredProfiles([profile(), { version: 2 }, profile({ name: 'newer' })]);
    expect(read.profiles).toEqual([profile({ name: 'newer' })]);
    expect(read.problems).toEqual(['site profiles[1]: not a valid site profile; ignored']);
  });

  const packText = (name: string): string =>
    JSON.stringify({
      name,
      version: '1',
      rules: [
        {
          id: `${name}/ticket`,
          type: 'substitution',
          category: 'terminology',
          severity: 'suggestion',
          message: 'Say "{{replacement}}".',
          explanation: 'Our word.',
          swap: { ticket: 'request' },
          examples: { valid: ['Your request is open.'], invalid: [{ text: 'Your ticket is open.', fix: 'Your request is open.' }] },
        },
      ],
      siteProfiles: [profile({ name: `${name} desk` })],
    });

  it('ships inside a team pack and an organisation forced pack; the organisation wins, then the pack, then the agent', () => {
    const team = loadPack(packText('team'), 'team.json');
    expect(team.ok).toBe(true);
    if (!team.ok) return;
    const policy = resolvePolicy({ forcedPacks: [{ file: 'org.json', text: packText('org') }] });
    expect(policy.problems).toEqual([]);
    const own = profile({ name: 'mine' });
    const stored = [{ name: 'team', version: '1', fileName: 'team.json', source: '', pack: team.pack, enabled: true, importedAt: 0 }];
    const all = collectProfiles(mergePolicy(freshSettings(), stored, policy), [own]);
    expect(all.map((p) => [p.source, p.profile.name])).toEqual([
      ['pack', 'team desk'],
      ['policy', 'org desk'],
      ['own', 'mine'],
    ]);
    expect(profileFor(ORIGIN, all)?.profile.name).toBe('org desk');
    expect(profileFor(ORIGIN, all.filter((p) => p.source !== 'policy'))?.profile.name).toBe('team desk');
    expect(profileFor('https://elsewhere.example', all)).toBeUndefined();
  });

  it('a pack whose profile is broken is refused on import with the path', () => {
    const text = packText('team').replace('"#post-body"', '"div[["');
    const loaded = loadPack(text, 'team.json');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(JSON.stringify(loaded.problems)).toMatch(/siteProfiles/);
  });
});
