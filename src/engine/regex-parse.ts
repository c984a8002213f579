/**
 * .NET's regular-expression syntax, read as System.Text.RegularExpressions' RegexParser (.NET 9, the runtime of
 * pwsh 7.6) reads it: the same two passes (a prescan that numbers the capture groups, then the parse), the same
 * errors at the same offsets, with .NET's wording (RegexParseException: `Invalid pattern '<p>' at offset <n>.
 * <reason>`). While it parses, it writes the pattern as a JavaScript regular expression with .NET's meaning:
 *
 *   capture groups       all unnamed in JavaScript; the .NET number (and name) of each is kept beside the RegExp
 *                        (.NET numbers the unnamed groups first, then the named ones: `(?<x>a)(b)` is 2 and 1)
 *   backreferences       \1, \k<name>, \<name> to the JavaScript index of the group .NET means
 *   . ^ $ \A \z \Z       .NET's: `.` is [^\n], `$` also matches before a final \n, Multiline (?m) and Singleline
 *                        (?s) apply to the part of the pattern they cover
 *   (?>...)              an atomic group: (?=(...))\n, a lookahead captured and consumed as it matched
 *   escapes              \a \e \cX \0nn \xnn \unnnn and escaped punctuation as plain characters; \p{IsBlock}
 *   (?#...) (?x) #...    comments and IgnorePatternWhitespace dropped
 *   (?i)                 JavaScript has the i flag for the whole pattern only: it is set when a letter of the
 *                        pattern is matched under IgnoreCase
 *
 * Conditionals (?(...)yes|no), balancing groups (?<a-b>...), character-class subtraction [a-z-[aeiou]] and \G
 * are valid .NET that JavaScript cannot express: the parse reports them as RegexUnsupportedError.
 */

/** System.Text.RegularExpressions.RegexParseException: the message pwsh shows. */
export class RegexParseError extends Error {
  constructor(
    readonly pattern: string,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`Invalid pattern '${pattern}' at offset ${offset}. ${reason}`);
    this.name = 'RegexParseError';
  }
}

/** A valid .NET pattern that uses a construct JavaScript's engine has no equivalent for. */
export class RegexUnsupportedError extends Error {
  constructor(
    readonly pattern: string,
    readonly construct: string,
  ) {
    super(`The regular expression pattern ${pattern} uses ${construct}, which exo-emulator does not support.`);
    this.name = 'RegexUnsupportedError';
  }
}

/** The RegexParseError reasons, as .NET 9 words them (measured on pwsh 7.6). */
const REASON = {
  QuantifierAfterNothing: (q: string) => `Quantifier '${q}' following nothing.`,
  NestedQuantifiersNotParenthesized: (q: string) => `Nested quantifier '${q}'.`,
  ReversedQuantifierRange: () => 'Illegal {x,y} with x > y.',
  InsufficientClosingParentheses: () => "Not enough )'s.",
  InsufficientOpeningParentheses: () => "Too many )'s.",
  UnterminatedBracket: () => 'Unterminated [] set.',
  ReversedCharacterRange: () => '[x-y] range in reverse order.',
  ShorthandClassInCharacterRange: (c: string) => `Cannot include class \\${c} in character range.`,
  ExclusionGroupNotLast: () => 'A subtraction must be the last element in a character class.',
  UnescapedEndingBackslash: () => 'Illegal \\ at end of pattern.',
  UnrecognizedEscape: (c: string) => `Unrecognized escape sequence \\${c}.`,
  MalformedNamedReference: () => 'Malformed \\k<...> named back reference.',
  UndefinedNamedReference: (n: string) => `Reference to undefined group name '${n}'.`,
  UndefinedNumberedReference: (n: number) => `Reference to undefined group number ${n}.`,
  CaptureGroupOfZero: () => 'Capture number cannot be zero.',
  CaptureGroupNameInvalid: () => 'Invalid group name: Group names must begin with a word character.',
  InvalidGroupingConstruct: () => 'Unrecognized grouping construct.',
  UnterminatedComment: () => 'Unterminated (?#...) comment.',
  AlternationHasTooManyConditions: () => 'Too many | in (?()|).',
  AlternationHasUndefinedReference: (n: number) => `Conditional alternation refers to an undefined group number ${n}.`,
  AlternationHasMalformedReference: (n: number) => `Conditional alternation is missing a closing parenthesis after the group number ${n}.`,
  AlternationHasComment: () => 'Alternation conditions cannot be comments.',
  AlternationHasNamedCapture: () => 'Alternation conditions do not capture and cannot be named.',
  InvalidUnicodePropertyEscape: () => 'Incomplete \\p{X} character escape.',
  MalformedUnicodePropertyEscape: () => 'Malformed \\p{X} character escape.',
  UnrecognizedUnicodeProperty: (n: string) => `Unknown property '${n}'.`,
  InsufficientOrInvalidHexDigits: () => 'Insufficient or invalid hexadecimal digits.',
  MissingControlCharacter: () => 'Missing control character.',
  UnrecognizedControlCharacter: () => 'Unrecognized control character.',
  QuantifierOrCaptureGroupOutOfRange: () => 'Quantifier and capture group numbers must be less than or equal to Int32.MaxValue.',
};

// RegexOptions the syntax depends on.
const IGNORE_CASE = 1;
const MULTILINE = 2;
const EXPLICIT_CAPTURE = 4;
const SINGLELINE = 8;
const IGNORE_WHITESPACE = 16;
const INT_MAX = 2147483647;

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  ignorePatternWhitespace?: boolean;
  explicitCapture?: boolean;
}

/** The capture groups of a translated pattern. */
export interface RegexGroups {
  /** For each JavaScript capture index (1-based), the .NET group number; undefined for the translation's own groups. */
  jsToNet: (number | undefined)[];
  /** The .NET group numbers, ascending, 0 first. */
  numbers: number[];
  /** A .NET group's name: its number's text unless it is named. */
  names: Map<number, string>;
}

export interface RegexTranslation {
  source: string;
  flags: string;
  groups: RegexGroups;
}

/** The general categories .NET's \p{} knows (RegexCharClass, case-sensitive names). */
const CATEGORIES = new Set('Cc Cf Cn Co Cs C Ll Lm Lo Lt Lu L Mc Me Mn M Nd Nl No N Pc Pd Pe Po Ps Pf Pi P Sc Sk Sm So S Zl Zp Zs Z'.split(' '));

/** The Unicode blocks .NET's \p{IsBlock} knows, with their ranges (RegexCharClass's property table, .NET 9). */
const BLOCKS: Map<string, [number, number]> = new Map(
  (
    'AlphabeticPresentationForms=FB00-FB4F Arabic=0600-06FF ArabicPresentationForms-A=FB50-FDFF ' +
    'ArabicPresentationForms-B=FE70-FEFF Armenian=0530-058F Arrows=2190-21FF BasicLatin=0000-007F ' +
    'Bengali=0980-09FF BlockElements=2580-259F Bopomofo=3100-312F BopomofoExtended=31A0-31BF ' +
    'BoxDrawing=2500-257F BraillePatterns=2800-28FF Buhid=1740-175F CJKCompatibility=3300-33FF ' +
    'CJKCompatibilityForms=FE30-FE4F CJKCompatibilityIdeographs=F900-FAFF ' +
    'CJKRadicalsSupplement=2E80-2EFF CJKSymbolsandPunctuation=3000-303F CJKUnifiedIdeographs=4E00-9FFF ' +
    'CJKUnifiedIdeographsExtensionA=3400-4DBF Cherokee=13A0-13FF CombiningDiacriticalMarks=0300-036F ' +
    'CombiningDiacriticalMarksforSymbols=20D0-20FF CombiningHalfMarks=FE20-FE2F ' +
    'CombiningMarksforSymbols=20D0-20FF ControlPictures=2400-243F CurrencySymbols=20A0-20CF ' +
    'Cyrillic=0400-04FF CyrillicSupplement=0500-052F Devanagari=0900-097F Dingbats=2700-27BF ' +
    'EnclosedAlphanumerics=2460-24FF EnclosedCJKLettersandMonths=3200-32FF Ethiopic=1200-137F ' +
    'GeneralPunctuation=2000-206F GeometricShapes=25A0-25FF Georgian=10A0-10FF Greek=0370-03FF ' +
    'GreekExtended=1F00-1FFF GreekandCoptic=0370-03FF Gujarati=0A80-0AFF Gurmukhi=0A00-0A7F ' +
    'HalfwidthandFullwidthForms=FF00-FFEF HangulCompatibilityJamo=3130-318F HangulJamo=1100-11FF ' +
    'HangulSyllables=AC00-D7AF Hanunoo=1720-173F Hebrew=0590-05FF HighPrivateUseSurrogates=DB80-DBFF ' +
    'HighSurrogates=D800-DB7F Hiragana=3040-309F IPAExtensions=0250-02AF ' +
    'IdeographicDescriptionCharacters=2FF0-2FFF Kanbun=3190-319F KangxiRadicals=2F00-2FDF ' +
    'Kannada=0C80-0CFF Katakana=30A0-30FF KatakanaPhoneticExtensions=31F0-31FF Khmer=1780-17FF ' +
    'KhmerSymbols=19E0-19FF Lao=0E80-0EFF Latin-1Supplement=0080-00FF LatinExtended-A=0100-017F ' +
    'LatinExtended-B=0180-024F LatinExtendedAdditional=1E00-1EFF LetterlikeSymbols=2100-214F ' +
    'Limbu=1900-194F LowSurrogates=DC00-DFFF Malayalam=0D00-0D7F MathematicalOperators=2200-22FF ' +
    'MiscellaneousMathematicalSymbols-A=27C0-27EF MiscellaneousMathematicalSymbols-B=2980-29FF ' +
    'MiscellaneousSymbols=2600-26FF MiscellaneousSymbolsandArrows=2B00-2BFF ' +
    'MiscellaneousTechnical=2300-23FF Mongolian=1800-18AF Myanmar=1000-109F NumberForms=2150-218F ' +
    'Ogham=1680-169F OpticalCharacterRecognition=2440-245F Oriya=0B00-0B7F PhoneticExtensions=1D00-1D7F ' +
    'PrivateUse=E000-F8FF PrivateUseArea=E000-F8FF Runic=16A0-16FF Sinhala=0D80-0DFF ' +
    'SmallFormVariants=FE50-FE6F SpacingModifierLetters=02B0-02FF Specials=FFF0-FFFF ' +
    'SuperscriptsandSubscripts=2070-209F SupplementalArrows-A=27F0-27FF SupplementalArrows-B=2900-297F ' +
    'SupplementalMathematicalOperators=2A00-2AFF Syriac=0700-074F Tagalog=1700-171F Tagbanwa=1760-177F ' +
    'TaiLe=1950-197F Tamil=0B80-0BFF Telugu=0C00-0C7F Thaana=0780-07BF Thai=0E00-0E7F Tibetan=0F00-0FFF ' +
    'UnifiedCanadianAboriginalSyllabics=1400-167F VariationSelectors=FE00-FE0F YiRadicals=A490-A4CF ' +
    'YiSyllables=A000-A48F YijingHexagramSymbols=4DC0-4DFF'
  )
    .split(' ')
    .map((e) => {
      const [name, range] = e.split('=') as [string, string];
      const [a, b] = range.split('-');
      return ['Is' + name, [parseInt(a!, 16), parseInt(b!, 16)]] as [string, [number, number]];
    }),
);

/** .NET's internal XML-name classes, valid \p{} names JavaScript has no equivalent for. */
const XML_CLASSES = new Set(['_xmlC', '_xmlD', '_xmlI', '_xmlW']);

/** RegexCharClass.IsBoundaryWordChar: a word character or ZWJ/ZWNJ (group names, \k<name>, \p{name}). */
const WORD_CHAR = /[\p{L}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
// RegexParser's character categories.
const isSpecial = (c: string): boolean => '$().[\\^|*+?{'.includes(c);
const isSpecialOrSpace = (c: string): boolean => isSpecial(c) || c === '#' || isSpace(c);
const isQuantifierChar = (c: string): boolean => c === '*' || c === '+' || c === '?' || c === '{';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

const hex4 = (code: number): string => '\\u' + code.toString(16).toUpperCase().padStart(4, '0');

/** A character as a JavaScript pattern atom (valid with and without the u flag). */
function literal(c: string): string {
  const code = c.charCodeAt(0);
  if ('^$\\.*+?()[]{}|/'.includes(c)) return '\\' + c;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return hex4(code);
  return c;
}

/** A character inside a JavaScript character class. */
function classLiteral(code: number): string {
  const c = String.fromCharCode(code);
  if ('\\]-^['.includes(c)) return '\\' + c;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return hex4(code);
  return c;
}

type GroupKind = 'top' | 'capture' | 'group' | 'look' | 'atomic' | 'exprCond' | 'backrefCond';

interface Frame {
  kind: GroupKind;
  /** Where the group's JavaScript text starts in the output. */
  start: number;
  close: string;
  /** A conditional's branches so far (its condition counts as one). */
  children: number;
  /** The atomic group's own JavaScript capture index. */
  hidden?: number;
}

/** A pending piece of output: the unit a quantifier may follow, or a backreference resolved at the end. */
interface Unit {
  text: string;
  /** One JavaScript atom a quantifier can follow as it is. */
  atom: boolean;
}

class Parser {
  private pos = 0;
  private opts: number;
  private optStack: number[] = [];
  private readonly caps = new Map<number, number>();
  private readonly capNames = new Map<string, number>();
  private readonly capNameList: string[] = [];
  private captop = 0;
  private autocap = 1;
  private ignoreNextParen = false;

  // Output
  private out: string[] = [];
  private jsToNet: (number | undefined)[] = [undefined];
  private netToJs = new Map<number, number>();
  private needUnicode = false;
  private caseFolded = false;
  private unsupported: string | null = null;

  constructor(
    private readonly p: string,
    private readonly initial: number,
  ) {
    this.opts = initial;
  }

  private fail(reason: string): never {
    throw new RegexParseError(this.p, this.pos, reason);
  }

  private notSupported(construct: string): void {
    this.unsupported ??= construct;
  }

  translate(): RegexTranslation {
    this.countCaptures();
    this.pos = 0;
    this.autocap = 1;
    this.ignoreNextParen = false;
    this.optStack = [];
    this.opts = this.initial;
    this.scanRegex();
    if (this.unsupported) throw new RegexUnsupportedError(this.p, this.unsupported);
    // Literal characters below 0x20 are written \uXXXX, so a NUL in the output is a backreference's marker.
    const source = this.out.join('').replace(/\0(\d+)\0/g, (_, n: string) => `(?:\\${this.netToJs.get(Number(n))})`);
    const numbers = [...this.caps.keys()].sort((a, b) => a - b);
    const names = new Map<number, string>(numbers.map((n) => [n, String(n)]));
    for (const [name, n] of this.capNames) names.set(n, name);
    return { source, flags: (this.caseFolded ? 'i' : '') + (this.needUnicode ? 'u' : ''), groups: { jsToNet: this.jsToNet, numbers, names } };
  }

  /** RegexParser.Unescape: the text with each escape replaced by its character. */
  unescape(): string {
    const p = this.p;
    let i = p.indexOf('\\');
    if (i < 0) return p;
    let out = p.slice(0, i);
    do {
      i++;
      this.pos = i;
      if (i < p.length) out += String.fromCharCode(this.scanCharEscape());
      i = this.pos;
      const last = i;
      while (i < p.length && p[i] !== '\\') i++;
      out += p.slice(last, i);
    } while (i < p.length);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The prescan: capture slots and names (RegexParser.CountCaptures)

  private noteSlot(i: number, pos: number): void {
    if (this.caps.has(i)) return;
    this.caps.set(i, pos);
    if (this.captop <= i) this.captop = i === INT_MAX ? i : i + 1;
  }

  private isSlot(i: number): boolean {
    return this.caps.has(i);
  }

  private countCaptures(): void {
    const p = this.p;
    this.noteSlot(0, 0);
    this.autocap = 1;
    while (this.pos < p.length) {
      const start = this.pos;
      const ch = p[this.pos++]!;
      if (ch === '\\') {
        if (this.pos < p.length) this.scanBackslash(true);
      } else if (ch === '#') {
        if (this.opts & IGNORE_WHITESPACE) {
          this.pos--;
          this.scanBlank();
        }
      } else if (ch === '[') {
        this.scanCharClass(true);
      } else if (ch === ')') {
        if (this.optStack.length) this.opts = this.optStack.pop()!;
      } else if (ch === '(') {
        if (this.pos + 1 < p.length && p[this.pos + 1] === '#' && p[this.pos] === '?') {
          this.pos--;
          this.scanBlank();
          this.ignoreNextParen = false;
          continue;
        }
        this.optStack.push(this.opts);
        let keepIgnore = false;
        if (this.pos < p.length && p[this.pos] === '?') {
          this.pos++;
          if (this.pos + 1 < p.length && (p[this.pos] === '<' || p[this.pos] === "'")) {
            this.pos++;
            const c = p[this.pos];
            if (c !== '0' && isWordChar(c)) {
              if (c! >= '1' && c! <= '9') this.noteSlot(this.scanDecimal(), start);
              else this.noteName(this.scanCapname(), start);
            }
          } else {
            this.scanOptions();
            if (this.pos < p.length) {
              if (p[this.pos] === ')') {
                this.pos++;
                this.optStack.pop();
              } else if (p[this.pos] === '(') {
                // (?(cond)yes|no): the condition's parentheses do not capture.
                this.ignoreNextParen = true;
                keepIgnore = true;
              }
            }
          }
        } else if (!(this.opts & EXPLICIT_CAPTURE) && !this.ignoreNextParen) {
          this.noteSlot(this.autocap++, start);
        }
        if (!keepIgnore) this.ignoreNextParen = false;
      }
    }
    // AssignNameSlots: the named groups take the free numbers after the unnamed ones.
    for (const name of this.capNameList) {
      while (this.isSlot(this.autocap)) this.autocap++;
      const pos = this.capNames.get(name)!;
      this.capNames.set(name, this.autocap);
      this.noteSlot(this.autocap, pos);
      this.autocap++;
    }
  }

  private noteName(name: string, pos: number): void {
    if (this.capNames.has(name)) return;
    this.capNames.set(name, pos);
    this.capNameList.push(name);
  }

  // ---------------------------------------------------------------------------------------------
  // Scanners shared by both passes

  private scanBlank(): void {
    const p = this.p;
    for (;;) {
      if (this.opts & IGNORE_WHITESPACE) while (this.pos < p.length && isSpace(p[this.pos]!)) this.pos++;
      if (this.opts & IGNORE_WHITESPACE && this.pos < p.length && p[this.pos] === '#') {
        const nl = p.indexOf('\n', this.pos);
        this.pos = nl < 0 ? p.length : nl;
      } else if (this.pos + 2 < p.length && p[this.pos + 2] === '#' && p[this.pos + 1] === '?' && p[this.pos] === '(') {
        const close = p.indexOf(')', this.pos);
        if (close < 0) {
          this.pos = p.length;
          this.fail(REASON.UnterminatedComment());
        }
        this.pos = close + 1;
      } else return;
    }
  }

  private scanDecimal(): number {
    let i = 0;
    while (this.pos < this.p.length && isDigit(this.p[this.pos])) {
      const d = this.p.charCodeAt(this.pos) - 48;
      this.pos++;
      if (i > 214748364 || (i === 214748364 && d > 7)) this.fail(REASON.QuantifierOrCaptureGroupOutOfRange());
      i = i * 10 + d;
    }
    return i;
  }

  private scanCapname(): string {
    const start = this.pos;
    while (this.pos < this.p.length && isWordChar(this.p[this.pos])) this.pos++;
    return this.p.slice(start, this.pos);
  }

  private scanOptions(): void {
    for (let off = false; this.pos < this.p.length; this.pos++) {
      const ch = this.p[this.pos]!;
      if (ch === '-') off = true;
      else if (ch === '+') off = false;
      else {
        const o = { i: IGNORE_CASE, m: MULTILINE, n: EXPLICIT_CAPTURE, s: SINGLELINE, x: IGNORE_WHITESPACE }[String.fromCharCode(ch.charCodeAt(0) | 0x20)];
        if (!o) return;
        this.opts = off ? this.opts & ~o : this.opts | o;
      }
    }
  }

  /** Is the text at pos a quantifier: * + ? or a complete {n}, {n,} or {n,m}? */
  private isTrueQuantifier(): boolean {
    const p = this.p;
    const start = this.pos;
    let ch = p[start]!;
    if (ch !== '{') return ch === '*' || ch === '+' || ch === '?';
    let i = start;
    let left = p.length - start;
    while (--left > 0 && isDigit((ch = p[++i]!)));
    if (left === 0 || i - start === 1) return false;
    if (ch === '}') return true;
    if (ch !== ',') return false;
    while (--left > 0 && isDigit((ch = p[++i]!)));
    return left > 0 && ch === '}';
  }

  /** A \ escape that stands for one character; its UTF-16 code. */
  private scanCharEscape(): number {
    const p = this.p;
    const ch = p[this.pos++]!;
    if (ch >= '0' && ch <= '7') {
      this.pos--;
      return this.scanOctal();
    }
    switch (ch) {
      case 'x': return this.scanHex(2);
      case 'u': return this.scanHex(4);
      case 'a': return 7;
      case 'b': return 8;
      case 'e': return 0x1b;
      case 'f': return 0x0c;
      case 'n': return 0x0a;
      case 'r': return 0x0d;
      case 't': return 0x09;
      case 'v': return 0x0b;
      case 'c': return this.scanControl();
    }
    if (isWordChar(ch)) this.fail(REASON.UnrecognizedEscape(ch));
    return ch.charCodeAt(0);
  }

  private scanOctal(): number {
    let c = Math.min(3, this.p.length - this.pos);
    let i = 0;
    for (; c > 0; c--) {
      const d = this.p.charCodeAt(this.pos) - 48;
      if (d < 0 || d > 7) break;
      this.pos++;
      i = i * 8 + d;
    }
    return i & 0xff;
  }

  private scanHex(count: number): number {
    let c = count;
    let i = 0;
    if (this.pos + c <= this.p.length) {
      for (; c > 0; c--) {
        const d = parseInt(this.p[this.pos++]!, 16);
        if (Number.isNaN(d)) break;
        i = i * 16 + d;
      }
    }
    if (c > 0) this.fail(REASON.InsufficientOrInvalidHexDigits());
    return i;
  }

  private scanControl(): number {
    if (this.pos === this.p.length) this.fail(REASON.MissingControlCharacter());
    let code = this.p.charCodeAt(this.pos++);
    if (code >= 97 && code <= 122) code -= 32;
    const c = (code - 64) & 0xffff;
    if (c < 32) return c;
    this.fail(REASON.UnrecognizedControlCharacter());
  }

  /** The X of \p{X}. */
  private parseProperty(): string {
    const p = this.p;
    if (this.pos + 2 >= p.length) this.fail(REASON.InvalidUnicodePropertyEscape());
    if (p[this.pos++] !== '{') this.fail(REASON.MalformedUnicodePropertyEscape());
    const start = this.pos;
    while (this.pos < p.length && (isWordChar(p[this.pos]) || p[this.pos] === '-')) this.pos++;
    const name = p.slice(start, this.pos);
    if (this.pos === p.length || p[this.pos++] !== '}') this.fail(REASON.InvalidUnicodePropertyEscape());
    if (!CATEGORIES.has(name) && !BLOCKS.has(name) && !XML_CLASSES.has(name)) this.fail(REASON.UnrecognizedUnicodeProperty(name));
    return name;
  }

  /** \p{X} / \P{X} inside a JavaScript class (without the brackets). */
  private propertyItems(name: string, negated: boolean): string {
    const block = BLOCKS.get(name);
    if (block) {
      const [a, b] = block;
      if (!negated) return hex4(a) + '-' + hex4(b);
      return (a > 0 ? hex4(0) + '-' + hex4(a - 1) : '') + (b < 0xffff ? hex4(b + 1) + '-' + hex4(0xffff) : '');
    }
    if (XML_CLASSES.has(name)) {
      this.notSupported(`\\p{${name}}`);
      return '';
    }
    this.needUnicode = true;
    return `\\${negated ? 'P' : 'p'}{${name}}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Backslashes, classes, groups (RegexParser.ScanBackslash, ScanCharClass, ScanGroupOpen)

  private scanBackslash(scanOnly: boolean): Unit | null {
    const p = this.p;
    const ch = p[this.pos]!;
    switch (ch) {
      case 'b': case 'B':
        this.pos++;
        return { text: '\\' + ch, atom: false };
      case 'A':
        this.pos++;
        return { text: '(?<![\\s\\S])', atom: false };
      case 'Z':
        this.pos++;
        return { text: '(?=\\n?(?![\\s\\S]))', atom: false };
      case 'z':
        this.pos++;
        return { text: '(?![\\s\\S])', atom: false };
      case 'G':
        this.pos++;
        if (!scanOnly) this.notSupported('\\G');
        return { text: '', atom: false };
      case 'w': case 'W': case 's': case 'S': case 'd': case 'D':
        this.pos++;
        return { text: '\\' + ch, atom: true };
      case 'p': case 'P': {
        this.pos++;
        if (scanOnly) return null;
        const name = this.parseProperty();
        const block = BLOCKS.get(name);
        if (block) return { text: `[${ch === 'P' ? '^' : ''}${hex4(block[0])}-${hex4(block[1])}]`, atom: true };
        return { text: '[' + this.propertyItems(name, ch === 'P') + ']', atom: true };
      }
    }
    return this.scanBasicBackslash(scanOnly);
  }

  private scanBasicBackslash(scanOnly: boolean): Unit | null {
    const p = this.p;
    const backpos = this.pos;
    let close = '';
    let angled = false;
    let ch = p[this.pos];
    if (ch === 'k') {
      if (this.pos + 1 < p.length) {
        this.pos++;
        ch = p[this.pos++];
        if (ch === '<' || ch === "'") {
          angled = true;
          close = ch === "'" ? "'" : '>';
        }
      }
      if (!angled || this.pos === p.length) this.fail(REASON.MalformedNamedReference());
      ch = p[this.pos];
    } else if ((ch === '<' || ch === "'") && this.pos + 1 < p.length) {
      angled = true;
      close = ch === "'" ? "'" : '>';
      this.pos++;
      ch = p[this.pos];
    }
    if (angled && isDigit(ch)) {
      const capnum = this.scanDecimal();
      if (this.pos < p.length && p[this.pos++] === close) {
        if (scanOnly) return null;
        if (!this.isSlot(capnum)) this.fail(REASON.UndefinedNumberedReference(capnum));
        return this.backreference(capnum);
      }
    } else if (!angled && ch !== undefined && ch >= '1' && ch <= '9') {
      const capnum = this.scanDecimal();
      if (scanOnly) return null;
      if (this.isSlot(capnum)) return this.backreference(capnum);
      if (capnum <= 9) this.fail(REASON.UndefinedNumberedReference(capnum));
    } else if (angled && isWordChar(ch)) {
      const name = this.scanCapname();
      if (this.pos < p.length && p[this.pos++] === close) {
        if (scanOnly) return null;
        const n = this.capNames.get(name);
        if (n === undefined) this.fail(REASON.UndefinedNamedReference(name));
        return this.backreference(n);
      }
    }
    // Not a backreference: a character (an octal \12 among them).
    this.pos = backpos;
    const code = this.scanCharEscape();
    return scanOnly ? null : this.charUnit(code);
  }

  /** A backreference to .NET group n: a marker the translation resolves to the group's JavaScript index at the end. */
  private backreference(n: number): Unit {
    if (this.opts & IGNORE_CASE) this.caseFolded = true;
    return { text: `\0${n}\0`, atom: true };
  }

  private charUnit(code: number): Unit {
    const c = String.fromCharCode(code);
    if (this.opts & IGNORE_CASE && c.toLowerCase() !== c.toUpperCase()) this.caseFolded = true;
    return { text: literal(c), atom: true };
  }

  /** The inside of [...] after the `[`: the JavaScript class, or null in the prescan. */
  private scanCharClass(scanOnly: boolean): string | null {
    const p = this.p;
    let chPrev = 0;
    let inRange = false;
    let first = true;
    let closed = false;
    let negate = false;
    let items = '';
    if (this.pos < p.length && p[this.pos] === '^') {
      this.pos++;
      negate = true;
    }
    for (; this.pos < p.length; first = false) {
      let translated = false;
      let ch = p[this.pos++]!;
      let code = ch.charCodeAt(0);
      if (ch === ']') {
        if (!first) {
          closed = true;
          break;
        }
      } else if (ch === '\\' && this.pos < p.length) {
        ch = p[this.pos++]!;
        switch (ch) {
          case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
            if (!scanOnly) {
              if (inRange) this.fail(REASON.ShorthandClassInCharacterRange(ch));
              items += '\\' + ch;
            }
            continue;
          case 'p': case 'P':
            if (!scanOnly) {
              if (inRange) this.fail(REASON.ShorthandClassInCharacterRange(ch));
              items += this.propertyItems(this.parseProperty(), ch === 'P');
            } else this.parseProperty();
            continue;
          case '-':
            if (!scanOnly) {
              if (inRange) {
                if (chPrev > 45) this.fail(REASON.ReversedCharacterRange());
                items += classLiteral(chPrev) + '-' + classLiteral(45);
                inRange = false;
                chPrev = 0;
              } else items += classLiteral(45);
            }
            continue;
          default:
            this.pos--;
            code = this.scanCharEscape();
            ch = String.fromCharCode(code);
            translated = true;
        }
      }
      if (inRange) {
        inRange = false;
        if (!scanOnly) {
          if (ch === '[' && !translated && !first) {
            // [a-[b]]: a subtraction after all.
            items += classLiteral(chPrev);
            this.scanCharClass(false);
            this.notSupported('character class subtraction');
            if (this.pos < p.length && p[this.pos] !== ']') this.fail(REASON.ExclusionGroupNotLast());
          } else {
            if (chPrev > code) this.fail(REASON.ReversedCharacterRange());
            items += classLiteral(chPrev) + '-' + classLiteral(code);
          }
        }
      } else if (this.pos + 1 < p.length && p[this.pos] === '-' && p[this.pos + 1] !== ']') {
        chPrev = code;
        inRange = true;
        this.pos++;
      } else if (this.pos < p.length && ch === '-' && !translated && p[this.pos] === '[' && !first) {
        this.pos++;
        this.scanCharClass(scanOnly);
        if (!scanOnly) {
          this.notSupported('character class subtraction');
          if (this.pos < p.length && p[this.pos] !== ']') this.fail(REASON.ExclusionGroupNotLast());
        }
      } else if (!scanOnly) items += classLiteral(code);
    }
    if (!closed) this.fail(REASON.UnterminatedBracket());
    if (scanOnly) return null;
    if (this.opts & IGNORE_CASE && /\p{L}|\\[pP]/u.test(items)) this.caseFolded = true;
    return `[${negate ? '^' : ''}${items}]`;
  }

  /** After `(`: the group it opens, or null for an options-only (?imnsx-imnsx). */
  private scanGroupOpen(current: Frame): Frame | null {
    const p = this.p;
    const at = this.out.length;
    const frame = (kind: GroupKind, open: string, close = ')'): Frame => {
      this.out.push(open);
      return { kind, start: at, close, children: 0 };
    };
    const capture = (capnum: number): Frame => {
      const js = this.jsToNet.length;
      this.jsToNet.push(capnum);
      if (!this.netToJs.has(capnum)) this.netToJs.set(capnum, js);
      return frame('capture', '(');
    };
    if (this.pos === p.length || p[this.pos] !== '?' || (this.pos + 1 < p.length && p[this.pos + 1] === ')')) {
      if (this.opts & EXPLICIT_CAPTURE || this.ignoreNextParen) {
        this.ignoreNextParen = false;
        return frame('group', '(?:');
      }
      return capture(this.autocap++);
    }
    this.pos++;
    if (this.pos === p.length) this.fail(REASON.InvalidGroupingConstruct());
    let close = '>';
    let ch = p[this.pos++]!;
    switch (ch) {
      case ':': return frame('group', '(?:');
      case '=': return frame('look', '(?=');
      case '!': return frame('look', '(?!');
      case '>': {
        // Atomic: what the group matched, captured in a lookahead and consumed, cannot be given back.
        const hidden = this.jsToNet.length;
        this.jsToNet.push(undefined);
        const f = frame('atomic', '(?=(', `))(?:\\${hidden})`);
        f.hidden = hidden;
        return f;
      }
      case "'":
      case '<': {
        if (ch === "'") close = "'";
        if (this.pos === p.length) this.fail(REASON.InvalidGroupingConstruct());
        ch = p[this.pos++]!;
        if (ch === '=' || ch === '!') {
          if (close === "'") this.fail(REASON.InvalidGroupingConstruct());
          return frame('look', ch === '=' ? '(?<=' : '(?<!');
        }
        this.pos--;
        let capnum = -1;
        let uncapnum = -1;
        let proceed = false;
        if (isDigit(ch)) {
          capnum = this.scanDecimal();
          if (!this.isSlot(capnum)) capnum = -1;
          if (this.pos < p.length && !(p[this.pos] === close || p[this.pos] === '-')) this.fail(REASON.CaptureGroupNameInvalid());
          if (capnum === 0) this.fail(REASON.CaptureGroupOfZero());
        } else if (isWordChar(ch)) {
          const name = this.scanCapname();
          capnum = this.capNames.get(name) ?? -1;
          if (this.pos < p.length && !(p[this.pos] === close || p[this.pos] === '-')) this.fail(REASON.CaptureGroupNameInvalid());
        } else if (ch === '-') proceed = true;
        else this.fail(REASON.CaptureGroupNameInvalid());
        if ((capnum !== -1 || proceed) && this.pos + 1 < p.length && p[this.pos] === '-') {
          this.pos++;
          ch = p[this.pos]!;
          if (isDigit(ch)) {
            uncapnum = this.scanDecimal();
            if (!this.isSlot(uncapnum)) this.fail(REASON.UndefinedNumberedReference(uncapnum));
            if (this.pos < p.length && p[this.pos] !== close) this.fail(REASON.CaptureGroupNameInvalid());
          } else if (isWordChar(ch)) {
            const name = this.scanCapname();
            const n = this.capNames.get(name);
            if (n === undefined) this.fail(REASON.UndefinedNamedReference(name));
            uncapnum = n;
            if (this.pos < p.length && p[this.pos] !== close) this.fail(REASON.CaptureGroupNameInvalid());
          } else this.fail(REASON.CaptureGroupNameInvalid());
        }
        if ((capnum !== -1 || uncapnum !== -1) && this.pos < p.length && p[this.pos++] === close) {
          if (uncapnum !== -1) {
            this.notSupported('a balancing group');
            return frame('group', '(?:');
          }
          return capture(capnum);
        }
        this.fail(REASON.InvalidGroupingConstruct());
      }
      case '(': {
        const parenPos = this.pos;
        if (this.pos < p.length) {
          ch = p[this.pos]!;
          if (isDigit(ch)) {
            const capnum = this.scanDecimal();
            if (this.pos < p.length && p[this.pos++] === ')') {
              if (this.isSlot(capnum)) {
                this.notSupported('a conditional (?(...)...)');
                return frame('backrefCond', '(?:');
              }
              this.fail(REASON.AlternationHasUndefinedReference(capnum));
            }
            this.fail(REASON.AlternationHasMalformedReference(capnum));
          } else if (isWordChar(ch)) {
            const name = this.scanCapname();
            if (this.capNames.has(name) && this.pos < p.length && p[this.pos++] === ')') {
              this.notSupported('a conditional (?(...)...)');
              return frame('backrefCond', '(?:');
            }
          }
        }
        this.pos = parenPos - 1;
        this.ignoreNextParen = true;
        if (this.pos + 2 < p.length && p[this.pos + 1] === '?') {
          if (p[this.pos + 2] === '#') this.fail(REASON.AlternationHasComment());
          if (p[this.pos + 2] === "'" || (this.pos + 3 < p.length && p[this.pos + 2] === '<' && p[this.pos + 3] !== '!' && p[this.pos + 3] !== '=')) this.fail(REASON.AlternationHasNamedCapture());
        }
        this.notSupported('a conditional (?(...)...)');
        return frame('exprCond', '(?:');
      }
      default: {
        this.pos--;
        if (current.kind !== 'exprCond') this.scanOptions();
        if (this.pos === p.length) this.fail(REASON.InvalidGroupingConstruct());
        ch = p[this.pos++]!;
        if (ch === ')') return null;
        if (ch !== ':') this.fail(REASON.InvalidGroupingConstruct());
        return frame('group', '(?:');
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The parse (RegexParser.ScanRegex)

  private emit(unit: Unit, quantifier = ''): void {
    this.out.push(!quantifier || unit.atom ? unit.text + quantifier : `(?:${unit.text})${quantifier}`);
  }

  private scanRegex(): void {
    const p = this.p;
    const stack: Frame[] = [];
    let current: Frame = { kind: 'top', start: 0, close: '', children: 0 };
    let unit: Unit | null = null;
    let isQuantifier = false;
    outer: while (this.pos < p.length) {
      let wasPrevQuantifier = isQuantifier;
      isQuantifier = false;
      this.scanBlank();
      let startpos = this.pos;
      const stops = this.opts & IGNORE_WHITESPACE ? isSpecialOrSpace : isSpecial;
      while (this.pos < p.length && (!stops(p[this.pos]!) || (p[this.pos] === '{' && !this.isTrueQuantifier()))) this.pos++;
      const endpos = this.pos;
      this.scanBlank();
      let ch: string;
      if (this.pos === p.length) ch = '!';
      else if (isSpecial((ch = p[this.pos]!))) {
        isQuantifier = isQuantifierChar(ch);
        this.pos++;
      } else ch = ' ';
      if (startpos < endpos) {
        const plain = endpos - startpos - (isQuantifier ? 1 : 0);
        wasPrevQuantifier = false;
        for (let i = startpos; i < startpos + plain; i++) this.emit(this.charUnit(p.charCodeAt(i)));
        if (isQuantifier) unit = this.charUnit(p.charCodeAt(endpos - 1));
      }
      switch (ch) {
        case '!':
          break outer;
        case ' ':
          continue outer;
        case '[':
          unit = { text: this.scanCharClass(false)!, atom: true };
          break;
        case '(': {
          this.optStack.push(this.opts);
          const group = this.scanGroupOpen(current);
          if (group) {
            stack.push(current);
            current = group;
          } else this.optStack.pop();
          continue outer;
        }
        case '|':
          if (current.kind === 'exprCond' || current.kind === 'backrefCond') current.children++;
          this.out.push('|');
          continue outer;
        case ')': {
          if (!stack.length) this.fail(REASON.InsufficientOpeningParentheses());
          // AddGroup: a conditional has at most two branches after its condition.
          if (current.kind === 'exprCond' || current.kind === 'backrefCond') {
            current.children++;
            if ((current.kind === 'backrefCond' && current.children > 2) || current.children > 3) this.fail(REASON.AlternationHasTooManyConditions());
          }
          const closed = current;
          current = stack.pop()!;
          this.opts = this.optStack.pop()!;
          const text = this.out.splice(closed.start).join('') + closed.close;
          if (current.kind === 'exprCond' && current.children === 0) {
            // The first group inside (?(...) is its condition.
            current.children++;
            this.out.push(text);
            continue outer;
          }
          unit = { text, atom: closed.kind !== 'atomic' };
          break;
        }
        case '\\':
          if (this.pos === p.length) this.fail(REASON.UnescapedEndingBackslash());
          unit = this.scanBackslash(false)!;
          break;
        case '^':
          unit = { text: this.opts & MULTILINE ? '(?<![^\\n])' : '(?<![\\s\\S])', atom: false };
          break;
        case '$':
          unit = { text: this.opts & MULTILINE ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))', atom: false };
          break;
        case '.':
          unit = { text: this.opts & SINGLELINE ? '[\\s\\S]' : '[^\\n]', atom: true };
          break;
        default:
          // * + ? {
          if (!unit) this.fail(wasPrevQuantifier ? REASON.NestedQuantifiersNotParenthesized(ch) : REASON.QuantifierAfterNothing(ch));
          this.pos--;
      }
      this.scanBlank();
      if (this.pos === p.length || !(isQuantifier = this.isTrueQuantifier())) {
        this.emit(unit!);
        unit = null;
        continue;
      }
      ch = p[this.pos++]!;
      while (unit) {
        let min = 0;
        let max = 0;
        let text: string;
        if (ch === '*') {
          max = INT_MAX;
          text = '*';
        } else if (ch === '?') {
          max = 1;
          text = '?';
        } else if (ch === '+') {
          min = 1;
          max = INT_MAX;
          text = '+';
        } else {
          startpos = this.pos;
          max = min = this.scanDecimal();
          let comma = false;
          if (startpos < this.pos && this.pos < p.length && p[this.pos] === ',') {
            this.pos++;
            comma = true;
            max = this.pos === p.length || p[this.pos] === '}' ? INT_MAX : this.scanDecimal();
          }
          if (startpos === this.pos || this.pos === p.length || p[this.pos++] !== '}') {
            this.emit(unit);
            unit = null;
            this.pos = startpos - 1;
            continue outer;
          }
          text = !comma ? `{${min}}` : max === INT_MAX ? `{${min},}` : `{${min},${max}}`;
        }
        this.scanBlank();
        if (this.pos < p.length && p[this.pos] === '?') {
          this.pos++;
          text += '?';
        }
        if (min > max) this.fail(REASON.ReversedQuantifierRange());
        this.emit(unit, text);
        unit = null;
      }
    }
    if (stack.length) this.fail(REASON.InsufficientClosingParentheses());
  }
}

/** Regex.Unescape: each \\ escape as the character it stands for (the parser's escapes and errors). */
export function unescapeDotNet(input: string): string {
  return new Parser(input, 0).unescape();
}

/** Parses a .NET pattern and writes it for JavaScript; RegexParseError where .NET rejects it. */
export function translateDotNetRegex(pattern: string, options: RegexOptions = {}): RegexTranslation {
  const o = (options.ignoreCase ? IGNORE_CASE : 0) | (options.multiline ? MULTILINE : 0) | (options.explicitCapture ? EXPLICIT_CAPTURE : 0) | (options.singleline ? SINGLELINE : 0) | (options.ignorePatternWhitespace ? IGNORE_WHITESPACE : 0);
  return new Parser(pattern, o).translate();
}
