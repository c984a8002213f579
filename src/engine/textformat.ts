/**
 * .NET composite formatting for `-f`, `[string]::Format` and `.ToString(format)`: `{0}`, `{0,-10}`,
 * `{0:N2}`, `{0:D3}`, `{0:P1}`, `{0:X}`, `{0:yyyy-MM-dd}` (about_Operators "Format operator -f").
 * en-US culture: the emulated machine's culture.
 */
import { PSDateTime, PSTimeSpan, isDoubleNumber, fixedForm, formatG, fractionDigits, numberToString, roundDigits, significantDigits, stringOf, type PSValue } from './values';
import { toNumber } from './conversion';
import { runtimeError } from './errors';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

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

/** Standard numeric format strings (N, F, D, P, X, C, E, G) and simple custom ones (`0.00`, `#,##0`). */
export function formatNumber(n: number, fmt: string): string {
  // "R": the round-trip form, the Double's own ToString().
  if (/^[Rr]\d*$/.test(fmt)) return numberToString(n);
  const m = /^([NnFfDdPpXxCcEeGg])(\d*)$/.exec(fmt);
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

/** Formats one value with a format string as `{0:fmt}` would. */
export function formatValue(v: PSValue, fmt: string | undefined): string {
  // .NET's composite formatting calls the number's own ToString: round-trip digits, not pwsh's 15.
  if (fmt === undefined || fmt === '') return typeof v === 'number' ? numberToString(v) : stringOf(v);
  if (v instanceof PSDateTime) return formatDate(v, fmt);
  if (v instanceof PSTimeSpan) return stringOf(v);
  if (typeof v === 'number') return formatNumber(v, fmt);
  if (typeof v === 'bigint') {
    // An exact Int64: its own digits for X and D, through Double for the others.
    const m = /^([XxDd])(\d*)$/.exec(fmt);
    if (!m) return formatNumber(Number(v), fmt);
    const width = m[2] === '' ? 0 : Number(m[2]);
    if (m[1] === 'D' || m[1] === 'd') return (v < 0n ? '-' : '') + (v < 0n ? -v : v).toString().padStart(width, '0');
    const hex = BigInt.asUintN(64, v).toString(16).padStart(width, '0');
    return m[1] === 'X' ? hex.toUpperCase() : hex;
  }
  if (typeof v === 'string' && /^[NnFfDdPpXx]\d*$/.test(fmt)) {
    try {
      return formatNumber(toNumber(v), fmt);
    } catch {
      return v;
    }
  }
  return stringOf(v);
}

/** `"{0,-10} {1:N2}" -f $a, $b`. Unbalanced braces raise .NET's FormatException wording. */
export function compositeFormat(format: string, args: PSValue[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '{') {
      if (format[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const close = format.indexOf('}', i);
      if (close < 0) throw runtimeError('FormatError', []);
      const spec = format.slice(i + 1, close);
      const m = /^\s*(\d+)\s*(?:,\s*(-?\d+))?\s*(?::(.*))?$/s.exec(spec);
      if (!m) throw runtimeError('FormatError', []);
      const idx = Number(m[1]);
      if (idx >= args.length) throw runtimeError('FormatIndex', []);
      const arg = args[idx];
      // .NET: the integral formats (X, D) on a Double are a FormatException.
      if (typeof arg === 'number' && isDoubleNumber(arg) && /^\s*[xXdD]\d*\s*$/.test(m[3] ?? '')) throw runtimeError('FormatSpecifier', []);
      let text = formatValue(arg, m[3]);
      if (m[2]) {
        const w = Number(m[2]);
        text = w < 0 ? text.padEnd(-w) : text.padStart(w);
      }
      out += text;
      i = close;
    } else if (c === '}') {
      if (format[i + 1] === '}') i++;
      out += '}';
    } else out += c;
  }
  return out;
}
