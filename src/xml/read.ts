/**
 * A small, strict XML 1.0 reader for the documents the emulator reads (CliXml, Autodiscover
 * responses): elements, attributes, text, the five predefined entities and character references,
 * CDATA, comments and processing instructions. A DTD is refused, as pwsh's XmlReader refuses one
 * (DtdProcessing.Prohibit). Malformed input fails with System.Xml.XmlException's wording and its
 * "Line L, position P." (1-based; checked against pwsh 7.6's Import-Clixml), and the error carries
 * the part of the tree read before it, since .NET's reader streams: Import-Clixml writes the objects
 * it completed before the error. Written for this project (XML 1.0, W3C REC-xml-20081126).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text and CDATA directly inside it, joined). */
  text: string;
  /** Offset of its name in the text (for "Line L, position P." in a reader's own checks: xmlPosition). */
  at: number;
  /** Offset just past its end tag (or `/>`). */
  end: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** The root element as far as it was read (complete children only); null before the root. */
    readonly partial: XmlElement | null,
    /**
     * Where the last tag read whole (through its `>`) starts: a child of `partial` ending at or
     * before it was followed by a readable node, which is what .NET's reader needs before handing
     * the child on (Import-Clixml writes those children, not one followed by the error).
     */
    readonly lastTagAt: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME_START = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF]/;
const NAME_CHAR = /[-.0-9A-Za-z_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDFFF]/;
const SPACE = /[ \t\r\n]/;

function hex(c: string): string {
  return '0x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
}

class Reader {
  private i = 0;
  private readonly stack: XmlElement[] = [];
  /** Where each open element's name starts, for the mismatched-end-tag message. */
  private readonly starts: number[] = [];
  private root: XmlElement | null = null;
  private lastTagAt = -1;

  constructor(private readonly s: string) {}

  private where(at: number): string {
    return xmlPosition(this.s, at);
  }

  private fail(message: string, at?: number): never {
    throw new XmlSyntaxError(at === undefined ? message : `${message} ${this.where(at)}`, this.root, this.lastTagAt);
  }

  private eof(): never {
    if (!this.stack.length) this.fail('Root element is missing.');
    const names = [...this.stack].reverse().map((e) => e.name).join(', ');
    this.fail(`Unexpected end of file has occurred. The following elements are not closed: ${names}.`, this.s.length);
  }

  private startsWith(t: string): boolean {
    return this.s.startsWith(t, this.i);
  }

  private skipSpace(): void {
    while (this.i < this.s.length && SPACE.test(this.s[this.i])) this.i++;
  }

  private name(): string {
    const start = this.i;
    const c = this.s[this.i];
    if (c === undefined) this.eof();
    if (!NAME_START.test(c)) this.fail(`Name cannot begin with the '${c}' character, hexadecimal value ${hex(c)}.`, this.i);
    this.i++;
    while (this.i < this.s.length && NAME_CHAR.test(this.s[this.i])) this.i++;
    return this.s.slice(start, this.i);
  }

  /** An entity or character reference at `&`; the text it stands for. */
  private reference(): string {
    const amp = this.i;
    this.i++;
    if (this.s[this.i] === '#') {
      this.i++;
      const isHex = this.s[this.i] === 'x';
      if (isHex) this.i++;
      const start = this.i;
      while (this.i < this.s.length && (isHex ? /[0-9A-Fa-f]/ : /[0-9]/).test(this.s[this.i])) this.i++;
      if (this.i === start || this.s[this.i] !== ';') this.fail(`Invalid syntax for a ${isHex ? 'hexadecimal' : 'decimal'} numeric entity reference.`, start);
      const code = parseInt(this.s.slice(start, this.i), isHex ? 16 : 10);
      this.i++;
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail(`Invalid character value.`, amp);
      return String.fromCodePoint(code);
    }
    const start = this.i;
    if (this.i >= this.s.length) this.eof();
    if (!NAME_START.test(this.s[this.i])) this.fail('An error occurred while parsing EntityName.', this.i);
    const name = this.name();
    if (this.s[this.i] !== ';') this.fail('An error occurred while parsing EntityName.', this.i);
    this.i++;
    const value = PREDEFINED[name];
    if (value === undefined) this.fail(`Reference to undeclared entity '${name}'.`, start);
    return value;
  }

  private attributes(el: XmlElement): void {
    for (;;) {
      const before = this.i;
      this.skipSpace();
      const c = this.s[this.i];
      if (c === undefined) this.eof();
      if (c === '>' || c === '/') return;
      if (this.i === before) this.fail(`'${c}' is an unexpected token. The expected token is ' '.`, this.i);
      const at = this.i;
      const name = this.name();
      this.skipSpace();
      if (this.s[this.i] !== '=') {
        if (this.i >= this.s.length) this.eof();
        this.fail(`'${this.s[this.i]}' is an unexpected token. The expected token is '='.`, this.i);
      }
      this.i++;
      this.skipSpace();
      const quote = this.s[this.i];
      if (quote === undefined) this.eof();
      if (quote !== '"' && quote !== "'") this.fail(`'${quote}' is an unexpected token. The expected token is '"' or '''.`, this.i);
      this.i++;
      let value = '';
      for (;;) {
        const d = this.s[this.i];
        if (d === undefined) this.eof();
        if (d === quote) break;
        if (d === '<') this.fail(`'<', hexadecimal value 0x3C, is an invalid attribute character.`, this.i);
        if (d === '&') value += this.reference();
        else {
          // Attribute-value normalization: each white-space character becomes a space (\r\n one).
          if (d === '\r' && this.s[this.i + 1] === '\n') this.i++;
          value += d === '\t' || d === '\n' || d === '\r' ? ' ' : d;
          this.i++;
        }
      }
      this.i++;
      if (Object.prototype.hasOwnProperty.call(el.attrs, name)) this.fail(`'${name}' is a duplicate attribute name.`, at);
      el.attrs[name] = value;
    }
  }

  private comment(): void {
    this.i += 4;
    const end = this.s.indexOf('-->', this.i);
    const dash = this.s.indexOf('--', this.i);
    if (dash !== -1 && dash !== end) this.fail("An XML comment cannot contain '--', and '-' cannot be the last character.", dash);
    if (end === -1) {
      this.i = this.s.length;
      this.eof();
    }
    this.i = end + 3;
  }

  private instruction(): void {
    const end = this.s.indexOf('?>', this.i + 2);
    if (end === -1) {
      this.i = this.s.length;
      this.eof();
    }
    this.i = end + 2;
  }

  /** Comments, PIs and white space outside the root element; false at the end of the input. */
  private misc(): boolean {
    for (;;) {
      this.skipSpace();
      if (this.i >= this.s.length) return false;
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<?')) this.instruction();
      else if (this.startsWith('<!DOCTYPE'))
        this.fail('For security reasons DTD is prohibited in this XML document. To enable DTD processing set the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into XmlReader.Create method.');
      else return true;
    }
  }

  read(): XmlElement {
    if (!this.misc()) this.fail('Root element is missing.');
    if (this.s[this.i] !== '<') this.fail('Data at the root level is invalid.', this.i);
    this.element();
    if (this.misc()) {
      if (this.s[this.i] === '<' && NAME_START.test(this.s[this.i + 1] ?? '')) this.fail('There are multiple root elements.', this.i + 1);
      this.fail('Data at the root level is invalid.', this.i);
    }
    return this.root!;
  }

  /** The element at `<`, and everything inside it. */
  private element(): void {
    this.openTag();
    while (this.stack.length) {
      const top = this.stack[this.stack.length - 1];
      const c = this.s[this.i];
      if (c === undefined) this.eof();
      if (c === '<') {
        if (this.startsWith('</')) this.closeTag();
        else if (this.startsWith('<!--')) this.comment();
        else if (this.startsWith('<![CDATA[')) {
          const end = this.s.indexOf(']]>', this.i + 9);
          if (end === -1) {
            this.i = this.s.length;
            this.eof();
          }
          top.text += this.s.slice(this.i + 9, end).replace(/\r\n?/g, '\n');
          this.i = end + 3;
        } else if (this.startsWith('<?')) this.instruction();
        else this.openTag();
      } else if (c === '&') top.text += this.reference();
      else {
        const start = this.i;
        while (this.i < this.s.length && this.s[this.i] !== '<' && this.s[this.i] !== '&') this.i++;
        const run = this.s.slice(start, this.i);
        const bad = run.indexOf(']]>');
        if (bad !== -1) this.fail("']]>' is not allowed in character data.", start + bad);
        top.text += run.replace(/\r\n?/g, '\n');
      }
    }
  }

  private openTag(): void {
    const tagAt = this.i;
    this.i++;
    const at = this.i;
    const el: XmlElement = { name: this.name(), attrs: {}, children: [], text: '', at, end: -1 };
    this.attributes(el);
    const parent = this.stack[this.stack.length - 1];
    if (this.s[this.i] === '/') {
      this.i++;
      this.tagEnd(tagAt);
      el.end = this.i;
      if (parent) parent.children.push(el);
      else this.root = el;
      return;
    }
    this.i++;
    this.lastTagAt = tagAt;
    if (!parent) this.root = el;
    this.stack.push(el);
    this.starts.push(at);
  }

  /** The `>` closing the tag that starts at `tagAt`, which is then read whole. */
  private tagEnd(tagAt: number): void {
    if (this.s[this.i] !== '>') {
      if (this.i >= this.s.length) this.eof();
      this.fail(`'${this.s[this.i]}' is an unexpected token. The expected token is '>'.`, this.i);
    }
    this.i++;
    this.lastTagAt = tagAt;
  }

  private closeTag(): void {
    const tagAt = this.i;
    this.i += 2;
    const at = this.i;
    const open = this.stack[this.stack.length - 1];
    const start = this.starts[this.starts.length - 1];
    if (this.i >= this.s.length) this.eof();
    const name = this.name();
    if (this.i >= this.s.length) this.eof();
    if (name !== open.name) this.fail(`The '${open.name}' start tag on ${this.where(start).replace(/^Line (\d+), position (\d+)\.$/, 'line $1 position $2')} does not match the end tag of '${name}'.`, at);
    this.skipSpace();
    this.tagEnd(tagAt);
    open.end = this.i;
    this.stack.pop();
    this.starts.pop();
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(open);
  }
}

/** "Line L, position P." of an offset, as XmlException says it (line breaks: \n, \r\n and \r count once). */
export function xmlPosition(text: string, at: number): string {
  let line = 1;
  let col = 1;
  for (let k = 0; k < at && k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) {
      line++;
      col = 1;
    } else if (c !== '\r') col++;
  }
  return `Line ${line}, position ${col}.`;
}

/**
 * Where .NET's reader stands after reading `el`: the name of the next tag ("Line L, position P."),
 * as a deserializer's error about the element's content reports it.
 */
export function positionAfter(text: string, el: XmlElement): string {
  let k = el.end;
  while (k < text.length && SPACE.test(text[k])) k++;
  if (text[k] === '<') k += text[k + 1] === '/' ? 2 : 1;
  return xmlPosition(text, k);
}

/** The document's root element; throws XmlSyntaxError (with XmlException's wording) when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  // A byte-order mark read as text is not content.
  return new Reader(text.startsWith('\uFEFF') ? text.slice(1) : text).read();
}

/** An element's name without its namespace prefix (`a:Server` -> `Server`). */
export function localName(el: XmlElement): string {
  const colon = el.name.indexOf(':');
  return colon === -1 ? el.name : el.name.slice(colon + 1);
}
