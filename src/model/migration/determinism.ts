/**
 * Seeded, order-independent randomness for the migration model: every draw is a hash of the world's
 * seed and a stable key (e.g. a user's address), so adding a user never changes another user's jitter.
 */

/** 32-bit FNV-1a over a string. */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A float in [0, 1) determined by the seed and the key. */
export function draw(seed: number, key: string): number {
  // Mix the seed in, then finalise (murmur3 fmix) so close keys give unrelated values.
  let h = fnv1a(key, (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** A GUID-shaped string derived from the seed and a key (version nibble 4, variant 8-b, as real GUIDs). */
export function guidFor(seed: number, key: string): string {
  const hex = [0, 1, 2, 3].map((i) => Math.floor(draw(seed, `${key}#${i}`) * 4294967296).toString(16).padStart(8, '0')).join('');
  const variant = '89ab'[parseInt(hex[16], 16) & 3];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
