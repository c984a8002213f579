/**
 * Passwords at rest: the world never holds a password in plain text, only a scrypt hash (RFC 7914,
 * @noble/hashes) with a per-password random salt and these parameters:
 *   N = 2^15 (CPU/memory cost), r = 8 (block size), p = 1, 32-byte key: 32 MiB and about 0.1-0.2 s
 *   per hash on a laptop (bench/world.ts prints the figure).
 * A hash from before schema version 4 (one round of salted SHA-256) is wrapped when the world is
 * upgraded (world-upgrade.ts): 'scrypt-sha256' is scrypt over that SHA-256 hex, so no weak hash stays at
 * rest and the old password still verifies (no plain password was ever known to rehash it).
 * Hashing is memoised per (salt, password) for the process: seeding many sessions from one scenario,
 * or an IMAP batch checking one password for each of its users, costs one hash.
 */
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PasswordHash } from './world';

export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, dkLen: 32 } as const;

const memo = new Map<string, string>();
const MEMO_LIMIT = 256;

function memoKey(secret: string, salt: string, n: number, r: number, p: number): string {
  return `${n}/${r}/${p}\u0000${salt}\u0000${secret}`;
}

function derive(secret: string, salt: string, n: number, r: number, p: number): string {
  const key = memoKey(secret, salt, n, r, p);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const hash = bytesToHex(scrypt(utf8ToBytes(secret), utf8ToBytes(salt), { N: n, r, p, dkLen: 32 }));
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, hash);
  return hash;
}

/** The pre-version-4 hash: SHA-256 of `salt:password` (UTF-8), hex. */
export function legacySha256(password: string, salt: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${salt}:${password}`)));
}

export function hashPassword(password: string, salt: string): PasswordHash {
  const { N, r, p } = SCRYPT_PARAMS;
  return { algorithm: 'scrypt', n: N, r, p, salt, hash: derive(password, salt, N, r, p) };
}

/**
 * A password written in a scenario (its text is in the scenario, hence public): its salt is derived from
 * the principal and the password, so the hashes of the built-in scenarios' passwords are known ahead
 * (SCENARIO_HASHES): seeding a world, and signing in with a built-in password, compute none. A wrong
 * password, or any other, costs a real hash.
 */
export function scenarioSalt(principal: string, password: string): string {
  return bytesToHex(sha256(utf8ToBytes(`exo-emulator scenario salt\u0000${principal.toLowerCase()}\u0000${password}`))).slice(0, 32);
}

export function hashScenarioPassword(principal: string, password: string): PasswordHash {
  return hashPassword(password, scenarioSalt(principal, password));
}

/**
 * [password, salt, scrypt hash (SCRYPT_PARAMS)] of each password written in a built-in scenario (public:
 * src/model/scenarios), printed by scripts/scenario-hashes.ts and checked by test/world/model.test.ts.
 */
export const SCENARIO_HASHES: readonly (readonly [string, string, string])[] = [
  ['P@ssw0rd!', 'bb7ef74f86d7693b9c9aa3e60213a17b', '6c3e1b0de77f41ab021c65aebcdfd066c4bd4e556f1aa36ce3b34a6164ef0a07'],
  ['M1gr@te2025', 'ef9acfbd3637e7c53741847abc48e39a', 'a9be152cd3c88d17b62d6eb4615d58bbb6153206e94d221826683a6a16de7df9'],
];
for (const [password, salt, hash] of SCENARIO_HASHES) memo.set(memoKey(password, salt, SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p), hash);

/** Wraps a pre-version-4 SHA-256 hash (upgrade on load). */
export function wrapLegacyHash(old: { salt: string; hash: string }): PasswordHash {
  const { N, r, p } = SCRYPT_PARAMS;
  return { algorithm: 'scrypt-sha256', n: N, r, p, salt: old.salt, hash: derive(old.hash, old.salt, N, r, p) };
}

export function verifyPassword(stored: Readonly<PasswordHash> | null, password: string): boolean {
  if (!stored) return false;
  const secret = stored.algorithm === 'scrypt-sha256' ? legacySha256(password, stored.salt) : password;
  const candidate = derive(secret, stored.salt, stored.n, stored.r, stored.p);
  // Both are 64 hex characters; compare every character anyway.
  let diff = candidate.length ^ stored.hash.length;
  for (let i = 0; i < candidate.length; i++) diff |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return diff === 0;
}
