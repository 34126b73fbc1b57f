/**
 * The strict form of a site profile (./profile.ts), for files an agent imports and for the
 * `siteProfiles` a team pack carries: unknown fields are errors, every selector must parse. Also
 * the export file: `{ "rapportSiteProfiles": 1, "profiles": [ … ] }`.
 */
import { z } from 'zod';
import { PROFILE_LIMITS, PROFILE_VERSION, type SiteProfile } from './profile';

/** Does the browser accept `selector`? (Outside a DOM, only its shape is checked.) */
function parses(selector: string): boolean {
  if (typeof document === 'undefined') return !/[{}]/.test(selector);
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z
  .string()
  .min(1)
  .max(PROFILE_LIMITS.selectorChars)
  .refine((s) => !/[\r\n]/.test(s), 'must be on one line')
  .refine(parses, 'is not a valid CSS selector');

const origin = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be a page origin such as "https://desk.acme.example" (no path)');

export const siteProfileSchema = z.strictObject({
  version: z.literal(PROFILE_VERSION),
  origin,
  name: z.string().min(1).max(PROFILE_LIMITS.nameChars),
  replyBox: selector,
  noteSwitch: selector.optional(),
  customerMessage: selector.optional(),
});

const profilesFileSchema = z.strictObject({
  rapportSiteProfiles: z.literal(1),
  profiles: z.array(siteProfileSchema).min(1, 'lists no profile').max(PROFILE_LIMITS.ownProfiles),
});

export type ProfilesFileResult = { ok: true; profiles: SiteProfile[] } | { ok: false; problems: string[] };

/** An exported profiles file, checked whole: any problem refuses it all, with where and why. */
export function parseProfilesFile(text: string): ProfilesFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const parsed = profilesFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  return { ok: true, profiles: parsed.data.profiles as SiteProfile[] };
}

/** The export file for `profiles`, pretty-printed. */
export function profilesFileText(profiles: readonly SiteProfile[]): string {
  return `${JSON.stringify({ rapportSiteProfiles: 1, profiles }, null, 2)}\n`;
}
