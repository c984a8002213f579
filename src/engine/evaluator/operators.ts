/**
 * Binary and unary operators with pwsh semantics (about_Operators, about_Arithmetic_Operators,
 * about_Comparison_Operators, about_Split, about_Join, about_Wildcards, about_Regular_Expressions).
 */
import { PSDateTime, PSHashtable, PSTimeSpan, isDoubleNumber, typeNamesOf, int64Value, INT64_MAX, INT64_MIN, type PSValue } from '../values';
import { castError, compareValues, convertTo, roundHalfEven, isOfType, looseEquals, toBool, toNumber, toStr, fullTypeNameOf, makeArrayList, isArrayList } from '../conversion';
import { ErrorRecord, ExceptionObject, PSRuntimeError, invalidWildcardPattern, recordFromCatalogue, runtimeError, wrappedInRuntimeException } from '../errors';
import { compositeFormat } from '../textformat';
import { checkArrayLength, checkStringLength } from '../limits';
import { dotNetRegex, dotNetReplacer, invalidRegexError, literalPattern, matchObject, netGroups, parseRegexOptions, regexOfObject, regexOperatorError, regexReplace, regexSplit, type RegexOptions } from '../regex';
import { ScriptBlock } from '../scriptblock';

/** about_Wildcards: `*`, `?`, `[abc]`, `[a-z]`, backtick escapes. */
export function wildcardToRegex(pattern: string, caseSensitive = false): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '`' && i + 1 < pattern.length) {
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      // pwsh 7.6 (WildcardPattern): an unclosed bracket is an invalid pattern (`'x' -like '*[a-'`).
      if (close < 0) throw invalidWildcardPattern(pattern);
      else {
        re += '[' + pattern.slice(i + 1, close).replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp('^' + re + '$', caseSensitive ? 's' : 'is');
  } catch {
    // A range out of order (`[c-a]`, `[a- c]`): WildcardPatternException as in pwsh 7.6.
    throw invalidWildcardPattern(pattern);
  }
}


const wildcardCache = new Map<string, RegExp>();
export function wildcardMatch(text: string, pattern: string, caseSensitive = false): boolean {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  let re = wildcardCache.get(key);
  if (!re) {
    re = wildcardToRegex(pattern, caseSensitive);
    if (wildcardCache.size > 500) wildcardCache.clear();
    wildcardCache.set(key, re);
  }
  return re.test(text);
}

/** .NET regex text to a JS RegExp (src/engine/regex.ts translates the syntax JavaScript lacks). */
export function toRegex(pattern: string, caseSensitive: boolean, global = false, options: RegexOptions = {}): RegExp {
  return dotNetRegex(pattern, { ...options, ignoreCase: options.ignoreCase || !caseSensitive, global });
}

/** `$Matches` for a successful -match: the groups that took part, numbered groups by number (0 the whole match), named ones by name. */
export function matchesTable(m: RegExpExecArray, re: RegExp): PSHashtable {
  const h = new PSHashtable();
  const groups = netGroups(re, m).filter((g) => g.value !== undefined);
  for (const g of groups) if (String(g.number) !== g.name) h.set(g.name, g.value!);
  for (const g of [...groups].reverse()) if (String(g.number) === g.name) h.set(g.number, g.value!);
  return h;
}

function badOperand(op: string, left: PSValue, right: PSValue): PSRuntimeError {
  return runtimeError('BadNumericArgs', [fullTypeNameOf(left), op, fullTypeNameOf(right)], 'InvalidOperation');
}

function isNumeric(v: PSValue): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

/** An integral operand as .NET sees it: Int32 or Int64 (a bigint, or a whole number outside Int32); undefined for a Double or a non-number. */
function integralOperandValue(v: PSValue): { value: bigint; int64: boolean } | undefined {
  if (typeof v === 'bigint') return { value: v, int64: true };
  if (typeof v === 'number' && !isDoubleNumber(v)) return { value: BigInt(v), int64: v < -2147483648 || v > 2147483647 };
  return undefined;
}

/**
 * A BigInteger as .NET converts it to Double: the top 53 bits, the rest cut off (NumericsHelpers.
 * GetDoubleFromParts truncates). pwsh 7.6: `[long]::MaxValue * 2` is 1.844674407370955E+19, not 2^64.
 */
export function bigIntToDoubleTruncated(n: bigint): number {
  const a = n < 0n ? -n : n;
  const bits = a.toString(2).length;
  const kept = bits > 53 ? (a >> BigInt(bits - 53)) << BigInt(bits - 53) : a;
  return Number(n < 0n ? -kept : kept);
}

/**
 * `+ - *` on integral operands where one is an Int64 (a bigint, or a whole number outside Int32):
 * pwsh's LongOps. The exact result while it fits Int64 (pwsh 7.6: `9007199254740993 + 1` is
 * 9007199254740994); past it a Double: the sum or difference through Decimal (rounded), the product
 * through BigInteger (truncated, bigIntToDoubleTruncated). Undefined when IntOps or DoubleOps apply.
 */
function int64Arithmetic(left: PSValue, right: PSValue, op: '+' | '-' | '*'): PSValue | undefined {
  const a = integralOperandValue(left), b = integralOperandValue(right);
  if (!a || !b || (!a.int64 && !b.int64)) return undefined;
  const r = op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value;
  if (r >= INT64_MIN && r <= INT64_MAX) return int64Value(r);
  return op === '*' ? bigIntToDoubleTruncated(r) : Number(r);
}

export function add(left: PSValue, right: PSValue): PSValue {
  if (left === null) {
    if (Array.isArray(right)) return [...right];
    return right;
  }
  if (Array.isArray(left)) {
    checkArrayLength(left.length + (Array.isArray(right) ? right.length : 1));
    const out = [...left, ...(Array.isArray(right) ? right : [right])];
    return isArrayList(left) ? out : out;
  }
  if (left instanceof PSHashtable) {
    if (!(right instanceof PSHashtable)) throw runtimeError('AddHashTableToNonHashTable', [], 'InvalidOperation');
    const out = new PSHashtable(left.ordered);
    for (const [k, v] of left.entries()) out.set(k, v);
    for (const [k, v] of right.entries()) {
      if (out.has(k)) throw runtimeError('HashtableKeyExists', [toStr(k)], 'InvalidOperation', 'System.ArgumentException');
      out.set(k, v);
    }
    return out;
  }
  if (typeof left === 'string') {
    const r = toStr(right);
    checkStringLength(left.length + r.length);
    return left + r;
  }
  if (left instanceof PSDateTime) {
    if (right instanceof PSTimeSpan) return new PSDateTime(left.ms + right.ms, left.kind);
    return new PSDateTime(left.ms + toNumber(right) / 10000, left.kind);
  }
  if (left instanceof PSTimeSpan) {
    if (right instanceof PSTimeSpan) return new PSTimeSpan(left.ms + right.ms);
    if (right instanceof PSDateTime) return new PSDateTime(left.ms + right.ms, right.kind);
    throw badOperand('+', left, right);
  }
  if (isNumeric(left)) return int64Arithmetic(left, right, '+') ?? toNumber(left) + rightOperand(left, right);
  throw runtimeError('MethodNotFound', [fullTypeNameOf(left), 'op_Addition'], 'InvalidOperation');
}

export function subtract(left: PSValue, right: PSValue): PSValue {
  if (left instanceof PSDateTime) {
    if (right instanceof PSDateTime) return new PSTimeSpan(left.ms - right.ms);
    if (right instanceof PSTimeSpan) return new PSDateTime(left.ms - right.ms, left.kind);
  }
  if (left instanceof PSTimeSpan && right instanceof PSTimeSpan) return new PSTimeSpan(left.ms - right.ms);
  if (Array.isArray(left) || left instanceof PSHashtable) throw runtimeError('MethodNotFound', [fullTypeNameOf(left), 'op_Subtraction'], 'InvalidOperation');
  return int64Arithmetic(left, right, '-') ?? toNumber(left) - rightOperand(left, right);
}

/** The count of a string's or an array's `*`: the right operand as an Int32, a Double rounded half-to-even (pwsh 7.6: `"red" * 2.7` is redredred). */
function repeatCount(right: PSValue): number {
  const n = toNumber(right);
  return Number.isInteger(n) ? n : roundHalfEven(n);
}

export function multiply(left: PSValue, right: PSValue): PSValue {
  // pwsh 7.6: `$null * 3` is $null; Boolean has no op_Multiply (`$false * $true` fails, `2 * $true` is 2).
  if (left === null) return null;
  if (typeof left === 'boolean') throw new PSRuntimeError(recordFromCatalogue('BadNumericArgs', [fullTypeNameOf(left), '*', fullTypeNameOf(right)], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', errorId: 'NotADefinedOperationForType' }));
  if (typeof left === 'string') {
    const times = repeatCount(right);
    if (times < 0) {
      // pwsh 7.6: String.Repeat's own exception, reported as a plain .NET exception (id = its type name).
      const message = `times ('${times}') must be a non-negative value. (Parameter 'times')\nActual value was ${times}.`;
      throw new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.ArgumentOutOfRangeException', message), errorId: 'System.ArgumentOutOfRangeException', category: 'OperationStopped', targetObject: null }));
    }
    checkStringLength(left.length * times);
    return left.repeat(times);
  }
  if (Array.isArray(left)) {
    const n = repeatCount(right);
    checkArrayLength(left.length * Math.max(0, n));
    const out: PSValue[] = [];
    for (let i = 0; i < n; i++) out.push(...left);
    return out;
  }
  if (left instanceof PSHashtable) throw runtimeError('MethodNotFound', [fullTypeNameOf(left), 'op_Multiply'], 'InvalidOperation');
  return int64Arithmetic(left, right, '*') ?? toNumber(left) * rightOperand(left, right);
}

/** pwsh 7.6: a RuntimeException (ConciseView `RuntimeException:`) wrapping .NET's DivideByZeroException. */
function divideByZero(): PSRuntimeError {
  return new PSRuntimeError(recordFromCatalogue('DivideByZero', [], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'NotSpecified', innerType: 'System.DivideByZeroException' }));
}

export function divide(left: PSValue, right: PSValue): PSValue {
  if (Array.isArray(left) || left instanceof PSHashtable || typeof left === 'object' && left !== null && !(left instanceof PSTimeSpan)) {
    if (!isNumeric(left as PSValue)) throw runtimeError('MethodNotFound', [fullTypeNameOf(left), 'op_Division'], 'InvalidOperation');
  }
  // pwsh's LongOps.Divide: an exact quotient stays an Int64, any other goes through Double.
  const a = integralOperandValue(left), b = integralOperandValue(right);
  if (a && b && (typeof left === 'bigint' || typeof right === 'bigint')) {
    if (b.value === 0n) throw divideByZero();
    const q = a.value / b.value;
    if (a.value % b.value === 0n && q >= INT64_MIN && q <= INT64_MAX) return int64Value(q);
    return Number(a.value) / Number(b.value);
  }
  const r = rightOperand(left, right);
  // A Double operand divides as IEEE does (pwsh 7.6: `0.3 / 0` is Infinity); integers by zero fail.
  if (r === 0 && !isDoubleOperand(left) && !isDoubleOperand(right)) throw divideByZero();
  if (left instanceof PSTimeSpan) return new PSTimeSpan(left.ms / r);
  return toNumber(left) / r;
}

/** The right operand as a number: converted to Double beside a Double (pwsh 7.6: `1.5 + 'x'` names System.Double, `1.5 + 'NaN'` is NaN). */
function rightOperand(left: PSValue, right: PSValue): number {
  return toNumber(right, isDoubleOperand(left) ? 'System.Double' : 'System.Int32');
}

/** A number the emulator holds as a Double (a fraction, non-finite, or from 1E+15 on). */
function isDoubleOperand(v: PSValue): boolean {
  return typeof v === 'number' && isDoubleNumber(v);
}

export function modulo(left: PSValue, right: PSValue): PSValue {
  // pwsh's LongOps.Remainder on an exact Int64 (pwsh 7.6: `9223372036854775807 % 2` is 1).
  const a = integralOperandValue(left), b = integralOperandValue(right);
  if (a && b && (typeof left === 'bigint' || typeof right === 'bigint')) {
    if (b.value === 0n) throw divideByZero();
    return int64Value(a.value % b.value);
  }
  const r = rightOperand(left, right);
  if (r === 0 && !isDoubleOperand(left) && !isDoubleOperand(right)) throw divideByZero();
  return toNumber(left) % r;
}

/** Whether `left..right` is a character range (`'a'..'e'`), which is never large. */
export function isCharRange(left: PSValue, right: PSValue): boolean {
  return typeof left === 'string' && typeof right === 'string' && left.length === 1 && right.length === 1 && !/\d/.test(left + right);
}

/** The ends of a numeric range, as `range` computes them (a lazy enumeration counts from `a` to `b`). */
export function numericRangeBounds(left: PSValue, right: PSValue): { a: number; b: number } {
  return { a: Math.round(toNumber(left)), b: Math.round(toNumber(right)) };
}

/** `1..5`, `5..1`, `'a'..'e'`. */
export function range(left: PSValue, right: PSValue): PSValue[] {
  if (isCharRange(left, right)) {
    const a = (left as string).charCodeAt(0), b = (right as string).charCodeAt(0);
    const out: PSValue[] = [];
    for (let i = a; a <= b ? i <= b : i >= b; i += a <= b ? 1 : -1) out.push(String.fromCharCode(i));
    return out;
  }
  const { a, b } = numericRangeBounds(left, right);
  checkArrayLength(Math.abs(b - a) + 1);
  const out: PSValue[] = new Array(Math.abs(b - a) + 1);
  let k = 0;
  if (a <= b) for (let i = a; i <= b; i++) out[k++] = i;
  else for (let i = a; i >= b; i--) out[k++] = i;
  return out;
}

export interface OperatorContext {
  setMatches(m: PSHashtable): void;
  /** Runs a script block with `$_` set (a -replace or -split script block); its output as one value. */
  invoke?(sb: ScriptBlock, dollarUnder: PSValue): PSValue;
}

/** Comparison of one scalar left operand. */
function compareScalar(op: string, left: PSValue, right: PSValue, cs: boolean, ctx: OperatorContext, setMatches: boolean, regex?: RegExp): boolean {
  switch (op) {
    case 'eq': return looseEquals(left, right, cs);
    case 'ne': return !looseEquals(left, right, cs);
    case 'gt': return compareValues(left, right, cs) > 0;
    case 'ge': return compareValues(left, right, cs) >= 0;
    case 'lt': return compareValues(left, right, cs) < 0;
    case 'le': return compareValues(left, right, cs) <= 0;
    case 'like': return wildcardMatch(toStr(left), toStr(right), cs);
    case 'notlike': return !wildcardMatch(toStr(left), toStr(right), cs);
    case 'match': case 'notmatch': {
      const re = regex ?? matchRegex(right, cs);
      const m = re.exec(toStr(left));
      if (m && setMatches) ctx.setMatches(matchesTable(m, re));
      return op === 'match' ? !!m : !m;
    }
  }
  throw new Error(`unknown comparison ${op}`);
}

/** The pattern of -match / -notmatch, built once for all the left operand's elements; .NET's RegexParseException as it is. */
function matchRegex(pattern: PSValue, cs: boolean): RegExp {
  try {
    // A Regex object is used as it is, its own options instead of the operator's case.
    return regexOfObject(pattern) ?? toRegex(toStr(pattern), cs);
  } catch (e) {
    throw regexOperatorError(e);
  }
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch']);

/** Splits `-ceq` into ('eq', caseSensitive). */
function parseOp(op: string): { name: string; cs: boolean } {
  const o = op.replace(/^-/, '').toLowerCase();
  if (o.length > 2 && (o[0] === 'c' || o[0] === 'i')) {
    const rest = o.slice(1);
    if (COMPARISONS.has(rest) || ['contains', 'notcontains', 'in', 'notin', 'replace', 'split'].includes(rest)) return { name: rest, cs: o[0] === 'c' };
  }
  return { name: o, cs: false };
}

/**
 * `-split` (about_Split): `<string> -split <delimiter>[, <max-substrings>[, "<options>"]]`. Options: SimpleMatch
 * (a literal delimiter), RegexMatch, IgnoreCase, Multiline, Singleline, IgnorePatternWhitespace, ExplicitCapture.
 * A script block delimiter is called for each character (`$_`); where it is true the string splits.
 */
function splitOp(left: PSValue, right: PSValue, cs: boolean, ctx: OperatorContext): PSValue {
  const parts = Array.isArray(right) ? right : [right];
  const max = parts.length > 1 ? Math.trunc(toNumber(parts[1])) : 0;
  const inputs = Array.isArray(left) ? left : [left];
  const out: PSValue[] = [];
  if (parts[0] instanceof ScriptBlock && ctx.invoke) {
    const sb = parts[0];
    for (const item of inputs) {
      const s = toStr(item);
      let last = 0;
      let pieces = 0;
      for (let i = 0; i < s.length; i++) {
        if (max > 0 && pieces >= max - 1) break;
        if (toBool(ctx.invoke(sb, s[i]))) {
          out.push(s.slice(last, i));
          last = i + 1;
          pieces++;
        }
      }
      out.push(s.slice(last));
    }
    return out;
  }
  const opts = parts.length > 2 && parts[2] !== null ? parseRegexOptions(toStr(parts[2])) : {};
  const pattern = opts.simpleMatch ? literalPattern(toStr(parts[0])) : toStr(parts[0]);
  let re: RegExp;
  try {
    re = toRegex(pattern, cs, true, opts);
  } catch (e) {
    throw regexOperatorError(e);
  }
  // Regex.Split: every match splits, an empty match too (`"abc" -split ""` is "", a, b, c, ""); captured groups go between the pieces.
  for (const item of inputs) out.push(...regexSplit(toStr(item), re, max));
  return out;
}

/**
 * An operand of the bitwise and shift operators as an integer: a Double converts to Int64 with
 * banker's rounding (pwsh 7.6: `0x0F0F -band 14.6` is 15, `-band 14.5` is 14); `wide` when the
 * operand is no Int32, so the operation is done on Int64.
 */
function integralOperand(v: PSValue, role: 'bnot' | 'bitwise' | 'count' = 'bitwise'): { value: bigint; wide: boolean } {
  if (typeof v === 'bigint') return { value: v, wide: true };
  const n = toNumber(v, 'System.Int64');
  // pwsh 7.6 converts a Double operand to UInt64 (a shift count to Int32): NaN, infinities and values past
  // the range fail as the conversion fails (`-bnot [double]::NaN`, `5 -band 1e300`, `5 -shl [double]::PositiveInfinity`).
  if (!Number.isFinite(n) || n < -(2 ** 63) || n >= 2 ** 64) {
    const shown = toStr(n);
    if (role === 'bnot') throw wrappedInRuntimeException(castError('InvalidCast', [shown, 'System.Double', 'System.UInt64']));
    if (role === 'count') throw wrappedInRuntimeException(castError('IntegralOverflow', [shown, 'System.Int32', 'an Int32']));
    throw wrappedInRuntimeException(castError('CastWithReason', [shown, 'System.UInt64', 'Arithmetic operation resulted in an overflow.']));
  }
  const whole = Number.isInteger(n) ? n : roundHalfEven(n);
  const wide = !Number.isInteger(n) || whole < -2147483648 || whole > 2147483647;
  return { value: BigInt(whole), wide };
}

/** `-band -bor -bxor`: Int32 when both operands are Int32, else Int64 (two's complement, 64 bits). */
function bitwise(left: PSValue, right: PSValue, op: (a: bigint, b: bigint) => bigint): PSValue {
  const a = integralOperand(left), b = integralOperand(right);
  if (!a.wide && !b.wide) return Number(BigInt.asIntN(32, op(a.value, b.value)));
  return int64Value(BigInt.asIntN(64, op(BigInt.asIntN(64, a.value), BigInt.asIntN(64, b.value))));
}

/**
 * `-shl -shr` shift the left operand's type: the count is masked as .NET's shift masks it, to 31
 * for an Int32 and 63 for an Int64 (pwsh 7.6: `1 -shl 33` is 2, `0x100000000 -shr 0xfff81` is
 * 2147483648); a Double count rounds half-to-even (`5 -shl 2.5` is 20).
 */
function shift(left: PSValue, right: PSValue, op: (a: bigint, n: bigint) => bigint): PSValue {
  const a = integralOperand(left), n = integralOperand(right, 'count').value;
  if (!a.wide) return Number(BigInt.asIntN(32, op(a.value, n & 31n)));
  return int64Value(BigInt.asIntN(64, op(BigInt.asIntN(64, a.value), n & 63n)));
}

/** Evaluates a non-short-circuit binary operator on evaluated operands. */
export function binaryOperator(op: string, left: PSValue, right: PSValue, ctx: OperatorContext): PSValue {
  switch (op) {
    case '+': return add(left, right);
    case '-': return subtract(left, right);
    case '*': return multiply(left, right);
    case '/': return divide(left, right);
    case '%': return modulo(left, right);
    case '..': return range(left, right);
    case '-f': return compositeFormat(toStr(left), Array.isArray(right) ? right : [right]);
    case '-join': return (Array.isArray(left) ? left : [left]).map((x) => (Array.isArray(x) ? fullTypeNameOf(x) : toStr(x))).join(toStr(right));
    case '-is': return isOfType(left, toStr(right));
    case '-isnot': return !isOfType(left, toStr(right));
    case '-as':
      try {
        return convertTo(left, toStr(right));
      } catch (e) {
        if (e instanceof PSRuntimeError && e.record.errorId === 'TypeNotFound') throw e;
        return null;
      }
    case '-band': return bitwise(left, right, (a, b) => a & b);
    case '-bor': return bitwise(left, right, (a, b) => a | b);
    case '-bxor': return bitwise(left, right, (a, b) => a ^ b);
    case '-shl': return shift(left, right, (a, n) => a << n);
    case '-shr': return shift(left, right, (a, n) => a >> n);
    case '-xor': return toBool(left) !== toBool(right);
    case '??': return left === null ? right : left;
  }
  const { name, cs } = parseOp(op);
  if (COMPARISONS.has(name)) {
    // pwsh builds the regular expression before it looks at the left operand (`@() -match '*a'` fails too).
    const re = name === 'match' || name === 'notmatch' ? matchRegex(right, cs) : undefined;
    // An array on the left filters: the result is the matching elements (always an array).
    if (Array.isArray(left)) return left.filter((x) => compareScalar(name, x, right, cs, ctx, false, re));
    return compareScalar(name, left, right, cs, ctx, true, re);
  }
  switch (name) {
    case 'contains': return (Array.isArray(left) ? left : [left]).some((x) => looseEquals(x, right, cs));
    case 'notcontains': return !(Array.isArray(left) ? left : [left]).some((x) => looseEquals(x, right, cs));
    case 'in': return (Array.isArray(right) ? right : [right]).some((x) => looseEquals(x, left, cs));
    case 'notin': return !(Array.isArray(right) ? right : [right]).some((x) => looseEquals(x, left, cs));
    case 'replace': {
      const parts = Array.isArray(right) ? right : [right];
      const pattern = toStr(parts[0]);
      let re: RegExp;
      try {
        re = regexOfObject(parts[0] ?? null, true) ?? toRegex(pattern, cs, true);
      } catch (e) {
        throw invalidRegexError(e, pattern);
      }
      const sb = parts[1] instanceof ScriptBlock && ctx.invoke ? parts[1] : null;
      // A script block replacement gets each Match as `$_` and returns the text (pwsh 6+).
      const replacer = sb ? null : dotNetReplacer(parts.length > 1 ? toStr(parts[1]) : '', re);
      const replace = (x: PSValue) => {
        const input = toStr(x);
        return regexReplace(input, re, (m) => (sb ? toStr(ctx.invoke!(sb, matchObject(m, re))) : replacer!(m, input)));
      };
      if (Array.isArray(left)) return left.map(replace);
      return replace(left);
    }
    case 'split': return splitOp(left, right, cs, ctx);
  }
  throw runtimeError('BadNumericArgs', [typeNamesOf(left)[0] ?? 'null', op, typeNamesOf(right)[0] ?? 'null'], 'InvalidOperation');
}

export function unaryOperator(op: string, v: PSValue): PSValue {
  switch (op) {
    case '-not': case '!': return !toBool(v);
    case '-': return v instanceof PSTimeSpan ? new PSTimeSpan(-v.ms) : -toNumber(v);
    case '+': return toNumber(v);
    case '-bnot': {
      // pwsh 7.6: a Double rounds (half to even) to the first of Int32, UInt32, Int64 it fits
      // (`-bnot 2147483648.1` is 2147483647, a UInt32's complement).
      if (typeof v === 'number' && !Number.isInteger(v) && Number.isFinite(v)) {
        const r = roundHalfEvenNumber(v);
        if (r > 2147483647 && r <= 4294967295) return ~r >>> 0;
      }
      const a = integralOperand(v, 'bnot');
      return a.wide ? int64Value(BigInt.asIntN(64, ~a.value)) : ~Number(a.value);
    }
    // Unary -split: trimmed, then split at runs of whitespace (`-split " "` is one empty string).
    case '-split': return (Array.isArray(v) ? v : [v]).flatMap((x) => toStr(x).trim().split(/\s+/));
    case '-join': return (Array.isArray(v) ? v : [v]).map((x) => (Array.isArray(x) ? fullTypeNameOf(x) : toStr(x))).join('');
  }
  throw new PSRuntimeError(recordFromCatalogue('BadNumericArgs', ['', op, fullTypeNameOf(v)], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation' }));
}

/** .NET's Convert rounding: to the nearest integer, halves to even. */
function roundHalfEvenNumber(n: number): number {
  const f = Math.floor(n);
  const d = n - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

export { makeArrayList };
