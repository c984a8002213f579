/** Salted password hashes: the world never holds a password in plain text. */
import { sha256Hex } from './sha256';
import type { PasswordHash } from './world';

export function hashPassword(password: string, salt: string): PasswordHash {
  return { algorithm: 'sha256', salt, hash: sha256Hex(`${salt}:${password}`) };
}

export function verifyPassword(stored: Readonly<PasswordHash> | null, password: string): boolean {
  if (!stored) return false;
  const candidate = sha256Hex(`${stored.salt}:${password}`);
  // Length is fixed (64 hex chars); compare every character anyway.
  let diff = candidate.length ^ stored.hash.length;
  for (let i = 0; i < candidate.length; i++) diff |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return diff === 0;
}
