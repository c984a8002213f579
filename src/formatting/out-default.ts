/**
 * Out-Default's view selection (pwsh's FormatViewManager, notes R7): the first object picks the
 * shape: its type's view, else table for <= 4 displayed properties and list for >= 5. Later
 * objects of the same type join that table/list; scalars print as their text in between; an object
 * of another type is shown out of band as a list block under the open table (pwsh's well-known
 * "first object decides the columns" behaviour).
 */
import { PSDateTime, PSHashtable, PSObject, typeNamesOf, type PSValue } from '../engine/values';
import type { ErrorRecord } from '../engine/errors';
import { writeStreamOf } from '../engine/stream-records';
import { displayString, isCustomTextType, isScalar, longDateTime, toDisplayScalar } from './display';
import { defaultFields, dictionaryEntries, readProperties, readProperty, safeRead, selectFields, type Field } from './properties';
import { renderErrorRecord } from './error-view';
import { defaultAlignment, fieldText, listFields } from './producers';
import { isFormatRecord, type FormatRecord } from './records';
import { RecordRenderer, type HostChunk } from './render';
import { FormatSequence } from './sequence';
import type { HostStream } from '../engine/host';
import { findView, type ViewDefinition } from './views';
import './builtin-views';

/** Objects with more displayed properties than this go to a list (PropertyCountForTable). */
export const PROPERTY_COUNT_FOR_TABLE = 4;
const MAX_AUTO_COLUMNS = 10;

export interface OutputOptions {
  /** Screen width in cells (Out-String default: 120, notes R9). */
  width: number;
  enumerationLimit?: number;
  /** Colour list labels and table headers as $PSStyle.OutputRendering = Ansi does. */
  ansi?: boolean;
  /**
   * List values are not wrapped (lines of a multi-line value still are indented). pwsh 7.6:
   * `Out-String` and `Out-String -Stream` without -Width on an 80-column console print a 400-cell
   * list value on one line, while tables and -Wrap still keep to 80 and `-Width 100` wraps at 99.
   */
  unwrappedLists?: boolean;
  /**
   * The console's line output (Out-Default, Out-Host): records merged from the warning, verbose and
   * debug streams print with their prefix (`WARNING: careful`); Out-String and files get the bare text.
   */
  console?: boolean;
}

export const DEFAULT_WIDTH = 120;

interface ActiveView {
  /** 'date': DateTime's view, a custom control printing the long date (pwsh 7.6 DotNetTypes.format.ps1xml). */
  shape: 'table' | 'list' | 'date';
  typeKey: string;
  fields: Field[];
  /**
   * Made from the first object's properties, not from a registered view. pwsh 7.6
   * (ViewGenerator.IsObjectApplicable) then takes any later object into it: a row of the table
   * (`[pscustomobject]@{x=1}; Get-Date` prints an empty row) or a list entry with its own properties.
   */
  viewless?: boolean;
  /** A view's grouping property and the group now open (pwsh's `GroupBy` in a view definition). */
  groupBy?: string;
  group?: string;
  /** The registered view in use: another type sharing it (FileInfo after DirectoryInfo) goes on in it. */
  view?: ViewDefinition;
}

function isErrorRecord(v: PSValue): v is ErrorRecord & PSObject {
  return v instanceof PSObject && v.psTypeNames[0] === 'System.Management.Automation.ErrorRecord' && 'invocation' in v && 'exception' in v;
}

/** Out-Default's formatting step as a stream: values in, format records out. */
export class OutDefaultFormatter {
  private active: ActiveView | null = null;

  constructor(private readonly enumerationLimit?: number) {}

  push(v: PSValue): FormatRecord[] {
    const out: FormatRecord[] = [];
    this.add(v, out);
    return out;
  }

  /** Closes the open table/list. */
  finish(): FormatRecord[] {
    if (!this.active) return [];
    const date = this.active.shape === 'date';
    this.active = null;
    // Every view's entries sit in a group, as format-default writes them (a view's own grouping, or one group).
    if (date) return [{ type: 'entry', text: '', outOfBand: true }, { type: 'groupEnd' }, { type: 'end' }];
    return [{ type: 'groupEnd' }, { type: 'end' }];
  }

  /** Opens a new group when the view groups and the value changes. */
  private group(v: PSValue, view: ActiveView, out: FormatRecord[]): void {
    if (view.groupBy === undefined) return;
    const header = view.view?.groupHeader;
    const key = header ? header.value(v) : displayString(readProperty(v, view.groupBy) ?? null, { enumerationLimit: this.enumerationLimit });
    if (key === view.group) return;
    if (view.group !== undefined) out.push({ type: 'groupEnd' });
    out.push(header ? { type: 'groupStart', label: `${header.label}: ${key}`, indent: header.indent } : { type: 'groupStart', label: `${view.groupBy}: ${key}` });
    view.group = key;
  }

  private add(v: PSValue, out: FormatRecord[]): void {
    if (v === null) return;
    if (isFormatRecord(v)) {
      // A Format-* command's start closes the view open here (pwsh: "pretend that the previous
      // formatting directives were properly closed"); its other records go on as they come.
      if (v.record.type === 'start') out.push(...this.finish());
      out.push(v.record);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) this.add(x, out);
      return;
    }
    if (v instanceof PSHashtable) {
      for (const e of dictionaryEntries(v)) this.add(e, out);
      return;
    }
    if (v instanceof PSDateTime && this.active?.viewless && this.active.shape === 'table') {
      out.push(this.entryFor(v, this.active));
      return;
    }
    if (v instanceof PSDateTime) {
      // pwsh 7.6: `Get-Date` prints a blank line, the long date, a blank line; dates in a row share the block.
      if (!this.active) {
        this.active = { shape: 'date', typeKey: 'System.DateTime', fields: [] };
        out.push({ type: 'start', shape: 'custom' }, { type: 'groupStart' });
      }
      out.push({ type: 'entry', text: longDateTime(v), outOfBand: true });
      return;
    }
    if (v instanceof PSObject && isCustomTextType(v)) {
      // Types whose view is a custom control printing their ToString (MatchInfo): a blank line, the
      // texts, a blank line, as the DateTime block.
      if (!this.active) {
        this.active = { shape: 'date', typeKey: v.psTypeNames[0]!, fields: [] };
        out.push({ type: 'start', shape: 'custom' }, { type: 'groupStart' });
      }
      out.push({ type: 'entry', text: String(v), outOfBand: true });
      return;
    }
    if (isScalar(v)) {
      const writeStream = writeStreamOf(v);
      out.push({ type: 'entry', text: toDisplayScalar(v), outOfBand: true, ...(writeStream ? { writeStream } : {}) });
      return;
    }
    // An ErrorRecord written as output shows its error view, out of band (pwsh does the same).
    if (isErrorRecord(v)) {
      out.push({ type: 'entry', text: renderErrorRecord(v), outOfBand: true });
      return;
    }
    // Objects without properties (script blocks and other opaque values) print as their text.
    if (!(v instanceof PSObject) && readProperties(v).length === 0 && !findView(v)) {
      out.push({ type: 'entry', text: String(v), outOfBand: true });
      return;
    }
    const typeKey = typeNamesOf(v)[0] ?? 'System.Object';
    const limit = this.enumerationLimit;
    const sameType = this.active?.typeKey === typeKey || (this.active?.view !== undefined && findView(v) === this.active.view);
    if (this.active && this.active.shape !== 'date' && (sameType || this.active.viewless)) {
      this.group(v, this.active, out);
      // A list made from the first object's properties takes each object's own (ListViewGenerator without a view).
      if (this.active.shape === 'list' && this.active.viewless) out.push({ type: 'entry', fields: listFields(v, sameType ? selectFields(v, 'list') : defaultFields(v), limit) });
      else out.push(this.entryFor(v, this.active));
      return;
    }
    // pwsh 7.6: a list takes an object of another type as one more entry with its own properties
    // (`1..3 | Measure-Object; $h.GetEnumerator()` lists Key, Value, Name); a table shows it out
    // of band as a list between blank lines.
    if (this.active?.shape === 'list') {
      out.push({ type: 'entry', fields: listFields(v, defaultFields(v), limit) });
      return;
    }
    if (this.active) {
      out.push({ type: 'entry', outOfBandFields: listFields(v, defaultFields(v), limit) });
      return;
    }
    const view = findView(v);
    let shape: 'table' | 'list';
    if (view) shape = view.kind;
    else shape = selectFields(v, 'table').length <= PROPERTY_COUNT_FOR_TABLE ? 'table' : 'list';
    const fields = selectFields(v, shape);
    // An object with nothing to show ([pscustomobject]@{}) prints nothing and opens no view.
    if (fields.length === 0) return;
    this.active = { shape, typeKey, fields: shape === 'table' ? fields.slice(0, MAX_AUTO_COLUMNS) : fields, groupBy: view?.groupBy, viewless: !view, view };
    if (shape === 'table') {
      out.push({
        type: 'start',
        shape: 'table',
        columns: this.active.fields.map((f) => ({ label: f.label, width: f.width, alignment: f.alignment ?? (f.fromView ? 'left' : defaultAlignment(safeRead(f, v), v)) })),
        hideHeaders: false,
        wrap: false,
        autoSize: false,
      });
    } else out.push({ type: 'start', shape: 'list' });
    if (this.active.groupBy === undefined) out.push({ type: 'groupStart' });
    this.group(v, this.active, out);
    out.push(this.entryFor(v, this.active));
  }

  private entryFor(v: PSValue, view: ActiveView): FormatRecord {
    const limit = this.enumerationLimit;
    if (view.shape === 'table') return { type: 'entry', cells: view.fields.map((f) => fieldText(f, v, limit, true)) };
    return { type: 'entry', fields: listFields(v, view.fields, limit) };
  }
}

/** Text for the host, with the stream it goes to ('output' for formatted objects). */
export interface OutputChunk {
  stream: HostStream;
  text: string;
}

/**
 * One Out-Default across several writes (the statements of one command line share it in pwsh:
 * a table started by the first statement goes on for the next statement's objects). Objects may
 * come one at a time: a self-sizing table's rows are held back in pwsh's grouping window (render.ts)
 * while what is not held is printed at once.
 */
export class OutDefaultSession {
  private readonly fmt: OutDefaultFormatter;
  private readonly renderer: RecordRenderer;
  private readonly sequence = new FormatSequence();
  private abandoned = false;

  /** `now`: the clock of the grouping window (the session's virtual clock). */
  constructor(width: number, enumerationLimit?: number, ansi = false, console = false, now?: () => number) {
    this.fmt = new OutDefaultFormatter(enumerationLimit);
    this.renderer = new RecordRenderer(width, ansi, width, console, now);
  }

  /** Formats `values` and returns the text that can be printed now. */
  write(values: PSValue[]): string {
    return chunksText(this.push(values));
  }

  /** Closes the open table/list and returns its last lines. */
  close(): string {
    return chunksText(this.end());
  }

  /** Formats `values`; the chunks that can be printed now. */
  push(values: PSValue[]): OutputChunk[] {
    if (this.abandoned) return [];
    for (const v of values) for (const rec of this.fmt.push(v)) this.add(rec);
    return chunksOf(this.renderer.drainItems());
  }

  /** Host text (an error record's view) at this point of the output: held back with a held table's rows. */
  host(stream: HostStream, text: string): OutputChunk[] {
    if (this.abandoned) return [{ stream, text }];
    this.renderer.pushHost(stream, text);
    return chunksOf(this.renderer.drainItems());
  }

  /** Closes the open table/list; the chunks still to print. */
  end(): OutputChunk[] {
    if (this.abandoned) return [];
    for (const rec of this.fmt.finish()) this.add(rec);
    return chunksOf(this.renderer.finishItems());
  }

  /** Throws FormatSequenceError for a record out of sequence. */
  private add(rec: FormatRecord): void {
    this.sequence.check(rec);
    this.renderer.push(rec);
  }

  /**
   * The command line ended in a terminating error: Out-Default never ends, so what it holds is
   * never printed (pwsh 7.6: `[pscustomobject]@{a=1}; throw 'x'` prints a blank line and the error).
   */
  abandon(): void {
    this.renderer.discard();
    this.abandoned = true;
  }
}

/** Lines and host text as chunks: consecutive lines make one output chunk. */
function chunksOf(items: (string | HostChunk)[]): OutputChunk[] {
  const out: OutputChunk[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) out.push({ stream: 'output', text: joinLines(lines) });
    lines = [];
  };
  for (const item of items) {
    if (typeof item === 'string') lines.push(item);
    else {
      flush();
      out.push({ stream: item.stream, text: item.text });
    }
  }
  flush();
  return out;
}

function chunksText(chunks: OutputChunk[]): string {
  return chunks.map((c) => c.text).join('');
}

function joinLines(lines: string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * The width Out-Default and Out-Host format at on a console `hostWidth` cells wide: pwsh's
 * ConsoleLineOutput leaves the last column free (ColumnNumber = BufferWidth - 1), so on an
 * 80-column console tables and lists are 79 cells wide; `Out-String` without -Width uses all 80.
 */
export function outDefaultWidth(hostWidth: number): number {
  return Math.max(1, hostWidth - 1);
}

/** The lines Out-Default would print for these values (format records included). */
export function formatLines(values: PSValue[], options: OutputOptions): string[] {
  const fmt = new OutDefaultFormatter(options.enumerationLimit);
  const renderer = new RecordRenderer(options.width, options.ansi, options.unwrappedLists ? Infinity : options.width, options.console);
  const sequence = new FormatSequence();
  const add = (rec: FormatRecord) => {
    sequence.check(rec);
    renderer.push(rec);
  };
  for (const v of values) for (const rec of fmt.push(v)) add(rec);
  for (const rec of fmt.finish()) add(rec);
  return renderer.finish();
}

/** What Out-Default prints, exactly as Out-String returns it: every line followed by a newline. */
export function formatValues(values: PSValue[], options: OutputOptions = { width: DEFAULT_WIDTH }): string {
  const lines = formatLines(values, options);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/** Out-String: the formatted text (width defaults to 120). */
export function outString(values: PSValue[], width = DEFAULT_WIDTH, enumerationLimit?: number): string {
  return formatValues(values, { width, enumerationLimit });
}

/** Out-String -Stream: one string per line. */
export function outStringStream(values: PSValue[], width = DEFAULT_WIDTH, enumerationLimit?: number): string[] {
  return formatLines(values, { width, enumerationLimit });
}
