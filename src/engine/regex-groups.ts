/**
 * How .NET numbers the capture groups of a pattern, for a JavaScript match of its translation: .NET
 * numbers the unnamed groups first, in order, and names the named ones (their numbers follow); JavaScript
 * numbers all groups in order of appearance. So `(?<first>\w)(\w)` is 1 = `(\w)`, first = `(?<first>\w)`
 * in .NET (and $Matches has keys 0, 1 and first), but 1 = first, 2 = `(\w)` in JavaScript.
 */
const KEYS = new WeakMap<RegExp, (string | number)[]>();

/** The .NET key (group number or name) of each JavaScript capture group, index 0 for group 1. */
export function dotNetGroupKeys(re: RegExp): (string | number)[] {
  let keys = KEYS.get(re);
  if (keys) return keys;
  keys = [];
  const s = re.source;
  let unnamed = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < s.length && s[i] !== ']'; i++) if (s[i] === '\\') i++;
    } else if (c === '(') {
      if (s[i + 1] !== '?') keys.push(++unnamed);
      else if (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') keys.push(s.slice(i + 3, s.indexOf('>', i + 3)));
    }
  }
  KEYS.set(re, keys);
  return keys;
}

/** The JavaScript group number of .NET group number `n` (named groups are numbered after the unnamed ones). */
export function jsGroupNumber(re: RegExp, n: number): number | undefined {
  if (n === 0) return 0;
  const keys = dotNetGroupKeys(re);
  const unnamed = keys.filter((k) => typeof k === 'number').length;
  if (n <= unnamed) return keys.indexOf(n) + 1;
  let named = unnamed;
  for (let i = 0; i < keys.length; i++) if (typeof keys[i] === 'string' && ++named === n) return i + 1;
  return undefined;
}
