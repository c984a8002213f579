/**
 * How a SecureString is written as text (ConvertFrom-SecureString, ConvertTo-SecureString, CliXml `<SS>`).
 *
 * With a key (-Key / -SecureKey), as pwsh does (SecureStringHelper.Encrypt / Decrypt in
 * Microsoft.PowerShell.Security): AES-CBC with PKCS7 padding, a random 16-byte IV, over the
 * string's UTF-16LE bytes; the text is the header `76492d1116743f0423413b16050a5345` followed by the
 * base64 of the UTF-16LE string `2|<IV in base64>|<ciphertext in hex>`. A string made by real pwsh with
 * a key converts back here and the other way round (test/security/secure-string.test.ts holds strings
 * made by pwsh 7.6).
 *
 * Without a key, pwsh on Windows uses DPAPI (a blob starting `01000000d08c9ddf0115d1118c7a00c04fc297eb`)
 * and pwsh on Linux writes the UTF-16LE bytes in plain hex. The emulator (which plays Windows) writes a
 * DPAPI-shaped blob whose body is AES-256-GCM under the world's own key (WorldSecretKey): authenticated,
 * so another world's key fails with DPAPI's "Key not valid for use in specified state." (docs/security.md).
 *
 * Runs in the browser: @noble/ciphers, no node: import.
 */
import { cbc, gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';

/** pwsh's SecureStringHelper.SecureStringExportHeader. */
export const SECURE_STRING_HEADER = '76492d1116743f0423413b16050a5345';
/** The start of every DPAPI blob (version 1, provider GUID df9d8cd0-1501-11d1-8c7a-00c04fc297eb). */
export const DPAPI_PREFIX = '01000000d08c9ddf0115d1118c7a00c04fc297eb';
/** A DPAPI-shaped blob made by the emulator: DPAPI_PREFIX, a blob version, then "EXO2" and the GCM body. */
export const WORLD_BLOB_PREFIX = DPAPI_PREFIX + '01000000' + '45584f32';

/** A failure pwsh reports as System.Security.Cryptography.CryptographicException, in its words. */
export class SecureStringCryptoError extends Error {}

/** The message of pwsh's Utils.CheckKeyArg. */
export const INVALID_KEY_MESSAGE = 'The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.';
/** DPAPI's message (NTE_BAD_KEY_STATE) for a blob protected under another key. */
export const KEY_NOT_VALID_MESSAGE = 'Key not valid for use in specified state.';

export function isValidAesKey(key: Uint8Array): boolean {
  return key.length === 16 || key.length === 24 || key.length === 32;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

function fromUtf16le(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i]! | (b[i + 1]! << 8));
  return s;
}

function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

function fromHex(s: string): Uint8Array | null {
  if (s.length % 2 || !/^[0-9a-fA-F]*$/.test(s)) return null;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? B64[n & 63]! : '=');
  }
  return out;
}

function fromBase64(s: string): Uint8Array | null {
  const t = s.replace(/\s+/g, '');
  if (t.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < t.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) => (t[i + k] === '=' ? 0 : B64.indexOf(t[i + k]!)));
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!;
    bytes.push((n >> 16) & 255);
    if (t[i + 2] !== '=') bytes.push((n >> 8) & 255);
    if (t[i + 3] !== '=') bytes.push(n & 255);
  }
  return Uint8Array.from(bytes);
}

/** ConvertFrom-SecureString -Key: pwsh's keyed format. `iv` only for tests. */
export function encryptWithKey(plain: string, key: Uint8Array, iv: Uint8Array = randomBytes(16)): string {
  const cipher = cbc(key, iv).encrypt(utf16le(plain));
  return SECURE_STRING_HEADER + toBase64(utf16le(`2|${toBase64(iv)}|${toHex(cipher)}`));
}

/**
 * ConvertTo-SecureString -Key. As SecureStringHelper.Decrypt: a string without the header (or whose
 * body does not parse) is taken as hex ciphertext with a zero IV (the version-1 format).
 * Throws SecureStringCryptoError with .NET's message.
 */
export function decryptWithKey(text: string, key: Uint8Array): string {
  let iv: Uint8Array | null = null;
  let data: Uint8Array | null = null;
  if (text.toLowerCase().startsWith(SECURE_STRING_HEADER)) {
    const body = fromBase64(text.slice(SECURE_STRING_HEADER.length));
    const items = body ? fromUtf16le(body).split('|') : [];
    if (items.length === 3 && items[0] === '2') {
      iv = fromBase64(items[1]!);
      data = fromHex(items[2]!);
    }
  }
  if (!data || !iv) {
    data = fromHex(text);
    if (!data) throw new SecureStringCryptoError(`The input string '${text.length > 40 ? text.slice(0, 40) + '...' : text}' was not in a correct format.`);
    iv = new Uint8Array(16);
  }
  if (data.length % 16) throw new SecureStringCryptoError('The input data is not a complete block.');
  if (iv.length !== 16) throw new SecureStringCryptoError('Specified initialization vector (IV) does not match the block size for this algorithm.');
  try {
    return fromUtf16le(cbc(key, iv).decrypt(data));
  } catch {
    throw new SecureStringCryptoError('Padding is invalid and cannot be removed.');
  }
}

/** A fresh world key (32 random bytes, hex). */
export function newWorldKey(): string {
  return toHex(randomBytes(32));
}

/** Protects a SecureString's text with the world's key (ConvertFrom-SecureString without a key, CliXml `<SS>`). */
export function protectWithWorldKey(plain: string, worldKeyHex: string): string {
  const key = fromHex(worldKeyHex)!;
  const nonce = randomBytes(12);
  const sealed = gcm(key, nonce, utf16le(WORLD_BLOB_PREFIX)).encrypt(utf16le(plain));
  return WORLD_BLOB_PREFIX + toHex(nonce) + toHex(sealed);
}

export function isWorldBlob(text: string): boolean {
  return text.trim().toLowerCase().startsWith(WORLD_BLOB_PREFIX);
}

/** The text of a world blob; SecureStringCryptoError(KEY_NOT_VALID_MESSAGE) under another key (or none) or when altered. */
export function unprotectWithWorldKey(text: string, worldKeyHex: string | null): string {
  const body = fromHex(text.trim().slice(WORLD_BLOB_PREFIX.length));
  if (!worldKeyHex || !body || body.length < 12 + 16) throw new SecureStringCryptoError(KEY_NOT_VALID_MESSAGE);
  try {
    return fromUtf16le(gcm(fromHex(worldKeyHex)!, body.subarray(0, 12), utf16le(WORLD_BLOB_PREFIX)).decrypt(body.subarray(12)));
  } catch {
    throw new SecureStringCryptoError(KEY_NOT_VALID_MESSAGE);
  }
}

/** pwsh on Linux without a key: the UTF-16LE bytes in hex (SecureStringHelper.Protect off Windows). */
export function plainHexToString(text: string): string | null {
  const t = text.trim();
  if (t.length % 4 || t.toLowerCase().startsWith(DPAPI_PREFIX)) return null;
  const b = fromHex(t);
  return b ? fromUtf16le(b) : null;
}

/** The bytes of a SecureString used as -SecureKey (SecureStringHelper.GetData: its UTF-16LE bytes). */
export function secureKeyBytes(plain: string): Uint8Array {
  return utf16le(plain);
}
