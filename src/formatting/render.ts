/**
 * Step 2 of formatting: format records -> lines (pwsh's BaseOutputtingCommand with its list,
 * table, wide and complex writers). Table rows are buffered per group so widths come from the
 * data (T5); an out-of-band entry flushes the buffer and later rows keep the widths already used.
 *
 * Out-Default's grouping window (OutputGroupQueue): once a table sizes itself, each group is held
 * back from its GroupStartData until its GroupEndData, or until an object comes more than 300 ms
 * after the group started; the widths come from every row held. What the host prints meanwhile
 * (Write-Host, warnings) shows first: pwsh 7.6 prints `[pscustomobject]@{a=1}; Write-Host x;
 * [pscustomobject]@{a=22}` as a blank line, `x`, then the table two cells wide.
 */
import { listBlockLines } from './list-writer';
import { computeWidths } from './column-width';
import { headerLines, rowLines } from './table-writer';
import { wideLines } from './wide-writer';
import type { FormatRecord, FormatStart } from './records';
import type { WriteStream } from '../engine/stream-records';
import type { HostStream } from '../engine/host';

/** Text for the host met among the records (an error merged into Out-Default's input): printed in its place. */
export interface HostChunk {
  type: 'host';
  stream: HostStream;
  text: string;
}

type Item = FormatRecord | HostChunk;

/** OutCommandInner's grouping window for a self-sizing table (TimeSpan.FromMilliseconds(300)). */
export const GROUPING_WINDOW_MS = 300;

/** $PSStyle.Formatting.TableHeader and Reset (T11). */
const TABLE_HEADER = '\x1b[32;1m';
const RESET = '\x1b[0m';

/** What the console's WriteWarningLine / WriteVerboseLine / WriteDebugLine put before each line (FormatEntryData.writeStream). */
const STREAM_PREFIX: Record<WriteStream, string> = { Warning: 'WARNING: ', Verbose: 'VERBOSE: ', Debug: 'DEBUG: ', Information: '' };

interface TableState {
  start: Extract<FormatStart, { shape: 'table' }>;
  rows: { cells: string[]; prefix: string }[];
  widths?: number[];
  headerShown: boolean;
}

export class RecordRenderer {
  private readonly lines: (string | HostChunk)[] = [];
  /** The group held back (see the file comment), from its groupStart; null when none is. */
  private queue: Item[] | null = null;
  private queueStarted = 0;
  /** The rows of the group just released, which size its table (ProcessCachedGroupOnTable). */
  private hintRows: string[][] | undefined;
  private shape: FormatStart | null = null;
  private table: TableState | null = null;
  private wideItems: string[] = [];
  private labeledGroupClosed = false;
  private listGroupClosed = false;
  /**
   * OutCommandInner's FormattedObjectsCache turns group caching on at the first table that sizes
   * itself (-AutoSize, or a first column without a width) and never off: from then on every table
   * is sized by its data, a view's fixed widths included (pwsh 7.6: `$x | Format-Table Name;
   * $h.GetEnumerator()` prints `Name Value` columns as wide as their text, not Name 30 wide).
   */
  private groupCaching = false;

  /**
   * `ansi`: $PSStyle.OutputRendering = Ansi (list labels and table headers coloured, L9/T11).
   * `listWidth`: the width list values wrap at (Out-String without -Width: unbounded), else `width`.
   * `console`: the host's line output (Out-Default, Out-Host), which prints an entry written from the
   * warning, verbose or debug stream with that stream's prefix; Out-String and files do not.
   * `now`: the clock of the grouping window (milliseconds); without one a group is held to its end.
   */
  constructor(
    private readonly width: number,
    private readonly ansi = false,
    private readonly listWidth = width,
    private readonly console = false,
    private readonly now?: () => number,
  ) {}

  push(rec: FormatRecord): void {
    this.add(rec);
  }

  /** Host text that belongs at this point of the output (held back with the group, if one is). */
  pushHost(stream: HostStream, text: string): void {
    this.add({ type: 'host', stream, text });
  }

  private add(item: Item): void {
    if (this.queue) {
      this.queue.push(item);
      // OutputGroupQueue.Add: the group ends at its GroupEndData, or with the first object that comes after the window.
      if (item.type === 'groupEnd' || (this.now !== undefined && this.now() - this.queueStarted > GROUPING_WINDOW_MS)) this.release();
      return;
    }
    if (item.type === 'groupStart' && this.groupCaching) {
      this.queue = [item];
      this.queueStarted = this.now?.() ?? 0;
      return;
    }
    this.process(item);
  }

  /** Ends the held-back group: its rows size the table, then everything held is printed in order. */
  private release(): void {
    const held = this.queue ?? [];
    this.queue = null;
    this.hintRows = held.flatMap((r) => (r.type === 'entry' && 'cells' in r ? [r.cells] : []));
    for (const item of held) this.process(item);
    this.hintRows = undefined;
  }

  /** Drops the group held back: a command line that ends in a terminating error never prints it (pwsh 7.6). */
  discard(): void {
    this.queue = null;
  }

  private process(rec: Item): void {
    switch (rec.type) {
      case 'host':
        this.flush();
        this.lines.push(rec);
        return;
      case 'start':
        this.closeShape();
        this.shape = rec;
        this.lines.push('');
        if (rec.shape === 'table') {
          const start = this.groupCaching ? { ...rec, columns: rec.columns.map(({ width: _, ...c }) => c) } : rec;
          if (rec.autoSize || (rec.columns.length > 0 && rec.columns[0]!.width === undefined)) this.groupCaching = true;
          this.table = { start, rows: [], headerShown: false };
        } else if (rec.shape === 'wide' && rec.autoSize) {
          // FormatStartData.autosizeInfo (Format-Wide -AutoSize) turns the grouping window on too.
          this.groupCaching = true;
        }
        return;
      case 'groupStart':
        this.flush();
        if (this.listGroupClosed) this.lines.push('');
        this.listGroupClosed = false;
        if (this.table) {
          this.table.widths = this.hintRows ? computeWidths(this.table.start.columns, this.hintRows, this.width, this.table.start.autoSize) : undefined;
          this.table.headerShown = false;
        }
        if (rec.label !== undefined) this.lines.push(' '.repeat(rec.indent ?? 3) + rec.label, '');
        this.labeledGroupClosed = false;
        return;
      case 'groupEnd':
        this.flush(true);
        if (this.shape && this.shape.shape !== 'list' && this.shape.shape !== 'custom') this.lines.push('');
        // pwsh 7.6: a list group ends with a blank line only when another group follows.
        else if (this.shape?.shape === 'list') this.listGroupClosed = true;
        this.labeledGroupClosed = true;
        return;
      case 'end':
        this.closeShape();
        return;
      case 'entry':
        this.entry(rec);
        return;
    }
  }

  private entry(rec: Extract<FormatRecord, { type: 'entry' }>): void {
    const prefix = this.console && rec.writeStream ? STREAM_PREFIX[rec.writeStream] : '';
    const withPrefix = (lines: string[]) => (prefix ? lines.map((l) => prefix + l) : lines);
    if ('cells' in rec) {
      if (this.table) this.table.rows.push({ cells: rec.cells, prefix });
      else this.lines.push(prefix + rec.cells.join(' ').trimEnd());
      return;
    }
    if ('fields' in rec) {
      this.lines.push(...withPrefix([...listBlockLines(rec.fields, this.listWidth, this.ansi), '']));
      return;
    }
    if ('outOfBandFields' in rec) {
      this.flush();
      this.lines.push('', ...withPrefix([...listBlockLines(rec.outOfBandFields, this.listWidth, this.ansi), '']));
      return;
    }
    if (this.shape?.shape === 'wide') {
      // pwsh 7.6: a scalar met by Format-Wide prints at once, before the row still being filled.
      if (rec.outOfBand) this.lines.push(...rec.text.split(/\r?\n/));
      else this.wideItems.push(rec.text);
      return;
    }
    this.flush();
    this.lines.push(...withPrefix(rec.text.split(/\r?\n/)));
    if (this.shape?.shape === 'custom' && !rec.outOfBand) this.lines.push('');
  }

  /** Prints buffered table rows / wide items. `groupDone` also prints a header for an empty group. */
  private flush(groupDone = false): void {
    this.flushTable(groupDone);
    if (this.shape?.shape === 'wide' && this.wideItems.length > 0) {
      this.lines.push(...wideLines(this.wideItems, this.width, this.shape.columns, this.shape.autoSize));
      this.wideItems = [];
    }
  }

  private flushTable(groupDone = false): void {
    const t = this.table;
    if (t && (t.rows.length > 0 || (groupDone && !t.headerShown))) {
      if (!t.widths) t.widths = computeWidths(t.start.columns, t.rows.map((r) => r.cells), this.width, t.start.autoSize);
      if (!t.headerShown && !t.start.hideHeaders) {
        const header = headerLines(t.start.columns, t.widths);
        this.lines.push(...(this.ansi ? header.map((l) => TABLE_HEADER + l + RESET) : header));
      }
      t.headerShown = true;
      for (const r of t.rows) this.lines.push(...rowLines(r.cells, t.start.columns, t.widths, t.start.wrap).map((l) => r.prefix + l));
      t.rows = [];
    }
  }

  private closeShape(): void {
    if (!this.shape) return;
    const hadRows = this.table !== null || this.shape.shape === 'wide';
    this.flush();
    // Tables and wide lists end with one blank line, unless a labelled group just printed it.
    if (hadRows && !this.labeledGroupClosed) this.lines.push('');
    this.shape = null;
    this.table = null;
    this.labeledGroupClosed = false;
    this.listGroupClosed = false;
  }

  /**
   * Prints what is buffered so far (the open table keeps the widths of the rows seen up to now,
   * as pwsh does after its grouping window) and hands over the lines produced since the last call.
   */
  drain(): string[] {
    return this.drainItems().filter((l): l is string => typeof l === 'string');
  }

  /** drain(), with the host text met on the way in its place. */
  drainItems(): (string | HostChunk)[] {
    // A wide row still being filled waits for its items (WideOutputContext's StringValuesBuffer).
    if (!this.queue) this.flushTable();
    return this.lines.splice(0, this.lines.length);
  }

  /** Closes what is open and returns all lines. */
  finish(): string[] {
    return this.finishItems().filter((l): l is string => typeof l === 'string');
  }

  finishItems(): (string | HostChunk)[] {
    if (this.queue) this.release();
    this.closeShape();
    return this.lines;
  }
}

export function renderRecords(records: FormatRecord[], width: number, ansi = false): string[] {
  const r = new RecordRenderer(width, ansi);
  for (const rec of records) r.push(rec);
  return r.finish();
}
