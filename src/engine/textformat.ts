/**
 * .NET composite formatting for `-f`, `[string]::Format` and `.ToString(format)`: `{0}`, `{0,-10}`,
 * `{0:N2}`, `{0:D3}`, `{0:P1}`, `{0:X}`, `{0:yyyy-MM-dd}` (about_Operators "Format operator -f").
 * en-US culture: the emulated machine's culture.
 */
import { PSDateTime, PSTimeSpan, isDoubleNumber, fixedForm, formatG, fractionDigits, numberToString, roundDigits, significantDigits, stringOf, type PSValue } from './values';
import { DotNetException, runtimeError } from './errors';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** .NET's FormatException for a format string its type does not know. */
const badFormatSpecifier = () => new DotNetException('System.FormatException', 'Format specifier was invalid.');

/** .NET's "F<decimals>" of a number: the exact value rounded, ties to even (`0.125.ToString('F2')` is 0.12, JavaScript's toFixed gives 0.13). */
function fixed(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return numberToString(n);
  return fixedForm(fractionDigits(n, decimals), decimals);
}

/** JavaScript's toExponential layout (`1.2e-1`) of .NET's rounding: `precision + 1` significant digits, ties to even. */
function exponential(n: number, precision: number): string {
  if (!Number.isFinite(n)) return numberToString(n);
  const d = significantDigits(n, precision + 1);
  const digits = d.digits.padEnd(precision + 1, '0');
  const exp = d.digits === '' ? 0 : d.scale - 1;
  return `${d.negative && n !== 0 ? '-' : ''}${digits[0]}${precision > 0 ? '.' + digits.slice(1) : ''}e${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/**
 * Standard numeric format strings (N, F, D, P, X, B, C, E, G, R) and simple custom ones (`0.00`, `#,##0`). As .NET
 * reads a format (Number.Formatting's ParseFormatSpecifier): a letter alone or followed by at most 9 digits is a
 * standard format, which must be one the type has (`integral`: Int32/Int64 also take D, X and B; a Double does not),
 * else FormatException "Format specifier was invalid."; anything else is a custom format.
 */
export function formatNumber(n: number, fmt: string, integral = Number.isInteger(n)): string {
  const standard = /^([A-Za-z])(\d*)$/.exec(fmt);
  if (standard) {
    if (standard[2].length > 9) throw badFormatSpecifier();
    if (!(integral ? /^[CDEFGNPRXB]$/i : /^[CEFGNPR]$/i).test(standard[1])) throw badFormatSpecifier();
  }
  const m = /^([NnFfDdPpXxCcEeGgRrBb])(\d*)$/.exec(fmt);
  if (m) {
    const kind = m[1].toUpperCase();
    const prec = m[2] === '' ? null : Number(m[2]);
    // en-US: NumberDecimalDigits 2 (N, F: Windows' value, `"{0:N}" -f [Math]::PI` is 3.14), PercentDecimalDigits 3
    // (pwsh 7.6 on ICU: `"{0:p}" -f -0.252` is -25.200%), CurrencyDecimalDigits 2.
    const digits = prec ?? 2;
    switch (kind) {
      case 'N': {
        const s = fixed(Math.abs(n), digits);
        const [i, f] = s.split('.');
        return (n < 0 ? '-' : '') + group(i) + (f ? '.' + f : '');
      }
      case 'F':
        return fixed(n, digits);
      case 'D': {
        const s = String(Math.abs(Math.trunc(n))).padStart(prec ?? 0, '0');
        return (n < 0 ? '-' : '') + s;
      }
      case 'P': {
        // .NET rounds the value itself to 2 more decimals, then moves the point (`'{0:P1}' -f 0.0015` is 0.2%).
        const d = fractionDigits(Math.abs(n), (prec ?? 3) + 2);
        const s = fixedForm({ ...d, scale: d.digits === '' ? 0 : d.scale + 2 }, prec ?? 3);
        const [i, f] = s.split('.');
        // en-US (pwsh 7.6 on ICU): PercentPositivePattern "n%", negative "-n%".
        return (n < 0 ? '-' : '') + group(i) + (f ? '.' + f : '') + '%';
      }
      case 'X': {
        // Two's complement in 32 bits for an Int32 (pwsh 7.6: `"{0:X}" -f -1` is FFFFFFFF), in 64 below Int32.
        const big = BigInt(Math.trunc(n));
        const s = BigInt.asUintN(n >= -2147483648 && n <= 4294967295 ? 32 : 64, big).toString(16).padStart(prec ?? 0, '0');
        return m[1] === 'X' ? s.toUpperCase() : s;
      }
      case 'B': {
        const big = BigInt(Math.trunc(n));
        return BigInt.asUintN(n >= -2147483648 && n <= 4294967295 ? 32 : 64, big).toString(2).padStart(prec ?? 0, '0');
      }
      case 'R':
        return numberToString(n);
      case 'C': {
        const s = fixed(Math.abs(n), prec ?? 2);
        const [i, f] = s.split('.');
        return (n < 0 ? '-$' : '$') + group(i) + (f ? '.' + f : '');
      }
      case 'E': {
        const s = exponential(n, prec ?? 6);
        const [mant, exp] = s.split('e');
        const e = exp.replace(/^[+-]/, '').padStart(3, '0');
        return `${mant}${m[1]}${exp.startsWith('-') ? '-' : '+'}${e}`;
      }
      case 'G':
        return prec ? formatG(n, prec) : numberToString(n);
    }
  }
  // Custom numeric: digits after '.', grouping when ',' precedes the point.
  if (/^[#0,]*(\.[#0]+)?%?$/.test(fmt)) {
    const pct = fmt.endsWith('%');
    const f = pct ? fmt.slice(0, -1) : fmt;
    const value = n;
    const [ip, fp = ''] = f.split('.');
    const minFrac = (fp.match(/0/g) ?? []).length;
    const maxFrac = fp.length;
    // A custom format rounds the 15 significant digits .NET first takes, half up (`0.125.ToString('0.00')`
    // is 0.13); `%` moves the point two places.
    const d15 = significantDigits(Math.abs(value), 15);
    const shifted = pct && d15.digits !== '' ? { ...d15, scale: d15.scale + 2 } : d15;
    let s = fixedForm(roundDigits(shifted, shifted.scale + maxFrac, 'up'), maxFrac);
    if (maxFrac > minFrac) s = s.replace(new RegExp(`0{1,${maxFrac - minFrac}}$`), '').replace(/\.$/, '');
    let [i, fr] = s.split('.');
    const minInt = (ip.replace(/,/g, '').match(/0/g) ?? []).length;
    i = i.padStart(minInt, '0');
    if (i === '0' && minInt === 0) i = '';
    if (ip.includes(',')) i = group(i);
    return (value < 0 ? '-' : '') + i + (fr ? '.' + fr : '') + (pct ? '%' : '');
  }
  return fmt;
}

/** Custom and standard date format strings (en-US). */
export function formatDate(d: PSDateTime, fmt: string): string {
  const dt = new Date(d.ms);
  const Y = dt.getUTCFullYear(), M = dt.getUTCMonth(), D = dt.getUTCDate(), h = dt.getUTCHours(), mi = dt.getUTCMinutes(), s = dt.getUTCSeconds(), ms = dt.getUTCMilliseconds();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const standard: Record<string, string> = {
    d: 'M/d/yyyy', D: 'dddd, MMMM d, yyyy', t: 'h:mm tt', T: 'h:mm:ss tt', f: 'dddd, MMMM d, yyyy h:mm tt',
    F: 'dddd, MMMM d, yyyy h:mm:ss tt', g: 'M/d/yyyy h:mm tt', G: 'M/d/yyyy h:mm:ss tt', s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    M: 'MMMM d', m: 'MMMM d', y: 'MMMM yyyy', Y: 'MMMM yyyy', r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  };
  const f = fmt.length === 1 && standard[fmt] ? standard[fmt] : fmt;
  let out = '';
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    if (c === "'" || c === '"') {
      const j = f.indexOf(c, i + 1);
      out += f.slice(i + 1, j < 0 ? f.length : j);
      i = j < 0 ? f.length : j + 1;
      continue;
    }
    if (c === '\\' && i + 1 < f.length) {
      out += f[i + 1];
      i += 2;
      continue;
    }
    let run = 1;
    while (f[i + run] === c) run++;
    switch (c) {
      case 'y': out += run <= 2 ? pad(Y % 100, run) : pad(Y, run); break;
      case 'M': out += run === 1 ? String(M + 1) : run === 2 ? pad(M + 1) : run === 3 ? MONTH_NAMES[M].slice(0, 3) : MONTH_NAMES[M]; break;
      case 'd': out += run === 1 ? String(D) : run === 2 ? pad(D) : run === 3 ? DAY_NAMES[dt.getUTCDay()].slice(0, 3) : DAY_NAMES[dt.getUTCDay()]; break;
      case 'H': out += run === 1 ? String(h) : pad(h); break;
      case 'h': { const h12 = h % 12 === 0 ? 12 : h % 12; out += run === 1 ? String(h12) : pad(h12); break; }
      case 'm': out += run === 1 ? String(mi) : pad(mi); break;
      case 's': out += run === 1 ? String(s) : pad(s); break;
      case 'f': case 'F': out += (pad(ms, 3) + '0000').slice(0, run); break;
      case 't': out += run === 1 ? (h < 12 ? 'A' : 'P') : h < 12 ? 'AM' : 'PM'; break;
      case 'K': out += d.kind === 'Utc' ? 'Z' : d.kind === 'Local' ? '+00:00' : ''; break;
      case 'z': out += run === 1 ? '+0' : run === 2 ? '+00' : '+00:00'; break;
      default: out += c.repeat(run);
    }
    i += run;
  }
  return out;
}

/**
 * Formats one value with a format string as `{0:fmt}` and `.ToString(fmt)` do: a number, date or time span by its
 * IFormattable.ToString (a format its type rejects is .NET's FormatException, a DotNetException here); any other
 * value (a string, a Boolean) by its ToString(), the format unused.
 */
export function formatValue(v: PSValue, fmt: string | undefined): string {
  // .NET's composite formatting calls the number's own ToString: round-trip digits, not pwsh's 15.
  if (fmt === undefined || fmt === '') return typeof v === 'number' ? numberToString(v) : stringOf(v);
  if (v instanceof PSDateTime) {
    // A single character that is no standard date format: DateTime's FormatException.
    if (fmt.length === 1 && !'dDfFgGmMoOrRstTuUyY'.includes(fmt)) throw new DotNetException('System.FormatException', 'Input string was not in a correct format.');
    return formatDate(v, fmt);
  }
  if (v instanceof PSTimeSpan) return stringOf(v);
  if (typeof v === 'number') return formatNumber(v, fmt, !isDoubleNumber(v));
  if (typeof v === 'bigint') {
    // An exact Int64: its own digits for X and D, through Double for the others.
    const m = /^([XxDd])(\d*)$/.exec(fmt);
    if (!m) return formatNumber(Number(v), fmt, true);
    const width = m[2] === '' ? 0 : Number(m[2]);
    if (m[1] === 'D' || m[1] === 'd') return (v < 0n ? '-' : '') + (v < 0n ? -v : v).toString().padStart(width, '0');
    const hex = BigInt.asUintN(64, v).toString(16).padStart(width, '0');
    return m[1] === 'X' ? hex.toUpperCase() : hex;
  }
  return stringOf(v);
}

/** .NET 9's composite-format FormatException: `Input string was not in a correct format. Failure to parse near offset <n>. <reason>` */
function badCompositeFormat(offset: number, reason: string): DotNetException {
  return new DotNetException('System.FormatException', `Input string was not in a correct format. Failure to parse near offset ${offset}. ${reason}`);
}

/**
 * String.Format's composite formatting (.NET 9 StringBuilder.AppendFormat): `{index[,alignment][:format]}` with
 * spaces after the index and around the alignment, `{{` and `}}` for braces. Errors are .NET's FormatException (a
 * DotNetException): the offset and reason of a malformed item, the index out of range, a format the value rejects.
 */
export function compositeFormatText(format: string, args: PSValue[]): string {
  const UNCLOSED = 'Format item ends prematurely.';
  const DIGIT = 'Expected an ASCII digit.';
  const len = format.length;
  let out = '';
  let pos = 0;
  const next = (): string => {
    pos++;
    if (pos >= len) throw badCompositeFormat(pos, UNCLOSED);
    return format[pos]!;
  };
  const digit = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : -1);
  for (;;) {
    // Text up to the next opening brace; `{{` and `}}` are braces.
    for (;;) {
      if (pos >= len) return out;
      let i = pos;
      while (i < len && format[i] !== '{' && format[i] !== '}') i++;
      out += format.slice(pos, i);
      if (i >= len) return out;
      pos = i;
      const brace = format[pos];
      const ch = next();
      if (ch === brace) {
        out += ch;
        pos++;
        continue;
      }
      if (brace !== '{') throw badCompositeFormat(pos, 'Unexpected closing brace without a corresponding opening brace.');
      break;
    }
    let ch = format[pos]!;
    let index = digit(ch);
    if (index < 0) throw badCompositeFormat(pos, DIGIT);
    let width = 0;
    let left = false;
    let itemFormat = '';
    ch = next();
    if (ch !== '}') {
      while (digit(ch) >= 0 && index < 1000000) {
        index = index * 10 + digit(ch);
        ch = next();
      }
      while (ch === ' ') ch = next();
      if (ch === ',') {
        do ch = next();
        while (ch === ' ');
        if (ch === '-') {
          left = true;
          ch = next();
        }
        width = digit(ch);
        if (width < 0) throw badCompositeFormat(pos, DIGIT);
        ch = next();
        while (digit(ch) >= 0 && width < 1000000) {
          width = width * 10 + digit(ch);
          ch = next();
        }
        while (ch === ' ') ch = next();
      }
      if (ch !== '}') {
        if (ch !== ':') throw badCompositeFormat(pos, UNCLOSED);
        const start = pos;
        for (;;) {
          ch = next();
          if (ch === '}') break;
          if (ch === '{') throw badCompositeFormat(pos, UNCLOSED);
        }
        itemFormat = format.slice(start + 1, pos);
      }
    }
    pos++;
    if (index >= args.length) throw new DotNetException('System.FormatException', 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
    const text = formatValue(args[index]!, itemFormat || undefined);
    out += width <= text.length ? text : left ? text + ' '.repeat(width - text.length) : ' '.repeat(width - text.length) + text;
  }
}

/** The -f operator: String.Format, a FormatException as pwsh words it (`Error formatting a string: <message>.`). */
export function compositeFormat(format: string, args: PSValue[]): string {
  try {
    return compositeFormatText(format, args);
  } catch (e) {
    if (e instanceof DotNetException && e.typeName === 'System.FormatException') throw runtimeError('FormatError', [e.message]);
    throw e;
  }
}
