/**
 * .NET regular expressions on JavaScript's engine. The syntax JavaScript lacks is rewritten
 * (System.Text.RegularExpressions reference, "Regular expression language - quick reference"):
 *   (?#comment)                 removed
 *   (?x) / IgnorePatternWhitespace   unescaped whitespace and `# ...` comments outside [] removed
 *   (?imnsx-imnsx) and (?i:...)  options: i, s, m become flags (for the whole pattern: JavaScript has
 *                               no scoped modifiers in Node 20); n (ExplicitCapture) and x honoured
 *   (?'name'...) \k'name'       written (?<name>...) \k<name>
 *   (?>...)                     atomic group: kept as a plain group (same matches in the common cases)
 *   \A \z \Z                    start / end of input; `$` without Multiline also matches before a final \n
 *   (?<name>...)                numbered after the unnamed groups, as .NET numbers them (not needed by
 *                               JavaScript callers, which read groups by name)
 */
import { dotNetGroupKeys } from './regex-groups';
import { runtimeError } from './errors';
import { PSObject, type PSValue } from './values';

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  ignorePatternWhitespace?: boolean;
  explicitCapture?: boolean;
}

/** The RegexOptions names -split and [regex] accept (comma-separated, case-insensitive). */
export function parseRegexOptions(text: string): RegexOptions & { simpleMatch?: boolean } {
  const o: RegexOptions & { simpleMatch?: boolean } = {};
  for (const part of text.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if (part === 'ignorecase') o.ignoreCase = true;
    else if (part === 'multiline') o.multiline = true;
    else if (part === 'singleline') o.singleline = true;
    else if (part === 'ignorepatternwhitespace') o.ignorePatternWhitespace = true;
    else if (part === 'explicitcapture') o.explicitCapture = true;
    else if (part === 'simplematch') o.simpleMatch = true;
  }
  return o;
}

/** Translates a .NET pattern to JavaScript source and flags; throws on syntax JavaScript cannot take. */
export function translateRegex(pattern: string, options: RegexOptions = {}): { source: string; flags: string } {
  let ci = !!options.ignoreCase;
  let multi = !!options.multiline;
  let single = !!options.singleline;
  let extended = !!options.ignorePatternWhitespace;
  let explicit = !!options.explicitCapture;
  let out = '';
  let inClass = false;
  const p = pattern;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1] ?? '';
      if (!inClass && n === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && n === 'z') out += '(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?(?![\\s\\S]))';
      else if (n === 'k' && p[i + 2] === "'") {
        const end = p.indexOf("'", i + 3);
        out += `\\k<${p.slice(i + 3, end)}>`;
        i = end;
        continue;
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in .NET.
      if (p[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (extended && /\s/.test(c)) continue;
    if (extended && c === '#') {
      while (i < p.length && p[i] !== '\n') i++;
      continue;
    }
    if (c === '$' && !multi) {
      out += '(?=\\n?(?![\\s\\S]))';
      continue;
    }
    if (c === '(' && p[i + 1] === '?') {
      const rest = p.slice(i + 2);
      if (rest.startsWith('#')) {
        const end = p.indexOf(')', i);
        i = end < 0 ? p.length : end;
        continue;
      }
      const opts = /^([imnsx]*)(?:-([imnsx]*))?([:)])/.exec(rest);
      if (opts && (opts[1] || opts[2] !== undefined)) {
        const on = opts[1];
        const off = opts[2] ?? '';
        if (on.includes('i')) ci = true;
        if (off.includes('i') && opts[3] === ')') ci = false;
        if (on.includes('m')) multi = true;
        if (on.includes('s')) single = true;
        if (on.includes('x')) extended = true;
        if (off.includes('x')) extended = false;
        if (on.includes('n')) explicit = true;
        i += 2 + opts[0].length - 1;
        if (opts[3] === ':') out += '(?:';
        continue;
      }
      if (rest.startsWith('>')) {
        out += '(?:';
        i += 2;
        continue;
      }
      if (rest.startsWith("'")) {
        const end = p.indexOf("'", i + 3);
        out += `(?<${p.slice(i + 3, end)}>`;
        i = end;
        continue;
      }
      out += c;
      continue;
    }
    if (c === '(' && explicit) {
      out += '(?:';
      continue;
    }
    out += c;
  }
  return { source: out, flags: (ci ? 'i' : '') + (multi ? 'm' : '') + (single ? 's' : '') };
}

/** A JavaScript RegExp for a .NET pattern; InvalidRegularExpression as pwsh reports it when it cannot be built. */
export function dotNetRegex(pattern: string, options: RegexOptions & { global?: boolean } = {}): RegExp {
  let t: { source: string; flags: string };
  try {
    t = translateRegex(pattern, options);
  } catch {
    throw runtimeError('InvalidRegex', [pattern], 'InvalidArgument', 'System.Management.Automation.RuntimeException', pattern);
  }
  const g = options.global ? 'g' : '';
  try {
    return new RegExp(t.source, t.flags + g + 'u');
  } catch {
    try {
      return new RegExp(t.source, t.flags + g);
    } catch {
      throw runtimeError('InvalidRegex', [pattern], 'InvalidArgument', 'System.Management.Automation.RuntimeException', pattern);
    }
  }
}

/** A literal string as a pattern (-split's SimpleMatch). */
export function literalPattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A GroupCollection: `$_.Groups['name']` finds a group by name as well as by number. */
const GROUPS_BY_NAME = new WeakMap<PSValue[], Map<string, PSValue>>();
export function groupByName(groups: PSValue[], name: string): PSValue | undefined {
  return GROUPS_BY_NAME.get(groups)?.get(name.toLowerCase());
}

/**
 * The Match object a -replace script block gets as `$_` (System.Text.RegularExpressions.Match):
 * Value, Index, Length, Success, Groups (each with Name, Value, Index, Length, Success); prints as its Value.
 */
export function matchObject(m: RegExpExecArray, re?: RegExp): PSObject {
  const group = (name: string, value: string | undefined, index: number, typeNames: string[], groups: PSValue = null) => {
    const o = new PSObject([...typeNames, 'System.Text.RegularExpressions.Capture', 'System.Object']);
    o.addProperty({ name: 'Groups', value: groups, memberType: 'Property' });
    o.addProperty({ name: 'Success', value: value !== undefined, memberType: 'Property' });
    o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
    o.addProperty({ name: 'Captures', value: null, memberType: 'Property' });
    o.addProperty({ name: 'Index', value: value === undefined ? 0 : index, memberType: 'Property' });
    o.addProperty({ name: 'Length', value: value?.length ?? 0, memberType: 'Property' });
    o.addProperty({ name: 'Value', value: value ?? '', memberType: 'Property' });
    o.toStringOverride = () => value ?? '';
    return o;
  };
  // .NET's Groups: 0, the unnamed groups by number, then the named ones (see dotNetGroupKeys).
  const keys = re ? dotNetGroupKeys(re) : Array.from({ length: m.length - 1 }, (_, i) => i + 1);
  const order = [0, ...keys.map((k, i) => [k, i + 1] as const).filter(([k]) => typeof k === 'number').map(([, i]) => i), ...keys.map((k, i) => [k, i + 1] as const).filter(([k]) => typeof k === 'string').map(([, i]) => i)];
  const names = new Map<number, string>(order.map((jsIndex, n) => [jsIndex, jsIndex === 0 ? '0' : typeof keys[jsIndex - 1] === 'string' ? (keys[jsIndex - 1] as string) : String(n)]));
  const start = m.index;
  const groups: PSValue[] = [];
  for (const i of order) {
    const v = m[i];
    const at = v === undefined || i === 0 ? start : m.input.indexOf(v, start);
    groups.push(group(names.get(i)!, v, at, ['System.Text.RegularExpressions.Group']));
  }
  const byName = new Map<string, PSValue>();
  groups.forEach((g, n) => byName.set(names.get(order[n]!)!.toLowerCase(), g));
  GROUPS_BY_NAME.set(groups, byName);
  return group('0', m[0], start, ['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group'], groups);
}

/** Regex.Escape. */
export function escapeRegex(s: string): string {
  return s.replace(/[\\*+?|{}[\]()^$.#\s]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === ' ' ? '\\ ' : `\\${c}`));
}
