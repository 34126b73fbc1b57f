/**
 * Signed exports: each agent's Rapport makes an ECDSA P-256 key pair (WebCrypto) the first time it
 * exports or shows the agent their data (the dashboard's fingerprint), keeps it in the stats database's `meta` table (extension origin only; the private key is
 * non-extractable, so not even Rapport's own code can read it out), and signs every JSON export. The
 * file carries the public key and the signature over its canonical payload: the file's JSON object
 * without `signature`, serialised by RFC 8785 (JSON Canonicalization Scheme), so whitespace, key
 * order or a re-save by another tool does not break it but any changed value does.
 *
 * A team lead's import verifies the signature and pins each agent id to the key's RFC 7638
 * thumbprint (./team-trust.ts). "Delete all my data" deletes the key pair with the agent id.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import type { StatsDb } from './schema';

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
const SIGNING_KEY = 'signingKey';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

const base64url = (length: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${length}}$`), `must be ${length} base64url characters`);

/** The public half of an agent's key, as a JSON Web Key with just the members that define it. */
export const publicKeySchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
});
export type PublicKeyJwk = z.infer<typeof publicKeySchema>;

export const signatureSchema = z.strictObject({
  algorithm: z.literal(SIGNATURE_ALGORITHM, { error: `must be "${SIGNATURE_ALGORITHM}"` }),
  publicKey: publicKeySchema,
  /** The P1363 signature (r ‖ s, 64 bytes), base64url. */
  value: base64url(86),
});
export type ExportSignature = z.infer<typeof signatureSchema>;

interface StoredSigningKey {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}

export function toBase64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const b of view) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The bytes a signature covers: the export object without `signature`, canonicalised (RFC 8785). */
export function canonicalPayload(file: object): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...payload } = file as Record<string, unknown>;
  const text = canonicalize(payload);
  if (text === undefined) throw new TypeError('an export must be a JSON object');
  return utf8(text);
}

/** The key's RFC 7638 thumbprint (SHA-256, base64url): what the team view pins per agent. */
export async function keyThumbprint(key: PublicKeyJwk): Promise<string> {
  const members = canonicalize({ crv: key.crv, kty: key.kty, x: key.x, y: key.y })!;
  return toBase64url(await crypto.subtle.digest('SHA-256', utf8(members)));
}

function isStoredKey(value: unknown): value is StoredSigningKey {
  const v = value as Partial<StoredSigningKey> | undefined;
  return !!v && typeof CryptoKey !== 'undefined' && v.privateKey instanceof CryptoKey && publicKeySchema.safeParse(v.publicKey).success;
}

/**
 * This agent's key pair, made on first use. Two pages asking at once agree on one: the key is
 * generated outside the database transaction (WebCrypto is not IndexedDB) and only the first
 * stored one is kept.
 */
export async function getSigningKey(db: StatsDb): Promise<StoredSigningKey> {
  const stored = (await db.meta.get(SIGNING_KEY))?.value;
  if (isStoredKey(stored)) return stored;
  const pair = (await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify'])) as CryptoKeyPair;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const fresh: StoredSigningKey = { privateKey: pair.privateKey, publicKey: publicKeySchema.parse({ kty, crv, x, y }) };
  return db.transaction('rw', db.meta, async () => {
    const again = (await db.meta.get(SIGNING_KEY))?.value;
    if (isStoredKey(again)) return again;
    await db.meta.put({ key: SIGNING_KEY, value: fresh });
    return fresh;
  });
}

/** The export object with its signature added (the payload itself unchanged). */
export async function signExport<T extends object>(db: StatsDb, payload: T): Promise<T & { signature: ExportSignature }> {
  const key = await getSigningKey(db);
  const value = await crypto.subtle.sign(ECDSA_SHA256, key.privateKey, canonicalPayload(payload));
  return { ...payload, signature: { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value: toBase64url(value) } };
}

export type SignatureCheck = { ok: true; thumbprint: string } | { ok: false; reason: string };

/** Whether `signature` is a valid signature of `file`'s payload by the key it names. */
export async function verifyExport(file: object, signature: ExportSignature): Promise<SignatureCheck> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', { ...signature.publicKey, ext: true }, ECDSA, true, ['verify']);
  } catch {
    return { ok: false, reason: 'its public key is not a valid P-256 key' };
  }
  let payload: Uint8Array<ArrayBuffer>;
  try {
    payload = canonicalPayload(file);
  } catch (error) {
    return { ok: false, reason: `its contents cannot be put in canonical form (${error instanceof Error ? error.message : String(error)})` };
  }
  const valid = await crypto.subtle.verify(ECDSA_SHA256, key, fromBase64url(signature.value), payload).catch(() => false);
  if (!valid) return { ok: false, reason: 'its signature does not match its contents: the file was changed after it was exported' };
  return { ok: true, thumbprint: await keyThumbprint(signature.publicKey) };
}

/** A short, readable form of a thumbprint for the team view ("key 3f9a1c2b…"). */
export const shortThumbprint = (thumbprint: string) => thumbprint.slice(0, 8);
