/**
 * The progress display of pwsh 7.6's console host in its default Minimal view
 * ($PSStyle.Progress.View = 'Minimal'), observed in a terminal:
 *
 *   <activity> [<status, in reverse video up to the percent done>          <n>s]
 *
 * one line per outstanding activity, oldest first, a child indented 2 cells per level under its
 * parent. The activity is in $PSStyle.Progress.Style (bold yellow); the bar holds the status and,
 * at its right end, the seconds remaining; the reverse-video part is PercentComplete of the bar (all
 * of it when no percent is given or at 100). The line is at most $PSStyle.Progress.MaxWidth (120)
 * cells or the terminal width; an activity over half of that is cut with '…', as is a status that
 * does not fit. -CurrentOperation is not shown in this view. A -Completed record removes its
 * activity; its children take its place. Browser-safe (no Node).
 */
import type { ProgressRecord } from '../engine/host';
import { cellWidth, charCells, ELLIPSIS, headCells } from './cells';

/** $PSStyle.Progress.MaxWidth's default. */
export const PROGRESS_MAX_WIDTH = 120;

const STYLE = '\x1b[33;1m';
const REVERSE = '\x1b[7m';
const REVERSE_OFF = '\x1b[27m';
const RESET = '\x1b[0m';

interface Node {
  record: ProgressRecord;
  children: Node[];
}

const keyOf = (sourceId: number, id: number) => `${sourceId}:${id}`;

/** The activities a host is showing, updated record by record (pwsh's PendingProgress). */
export class PendingProgress {
  private roots: Node[] = [];
  private readonly byKey = new Map<string, { node: Node; siblings: () => Node[] }>();

  get empty(): boolean {
    return this.roots.length === 0;
  }

  /** How many activities are outstanding. */
  get size(): number {
    return this.byKey.size;
  }

  clear(): void {
    this.roots = [];
    this.byKey.clear();
  }

  update(record: ProgressRecord): void {
    const key = keyOf(record.sourceId, record.activityId);
    const found = this.byKey.get(key);
    if (record.recordType === 'Completed') {
      if (found) this.remove(key, found.node, found.siblings);
      return;
    }
    if (found) {
      found.node.record = record;
      return;
    }
    const node: Node = { record, children: [] };
    const parent = record.parentActivityId >= 0 ? this.byKey.get(keyOf(record.sourceId, record.parentActivityId)) : undefined;
    const list = parent ? parent.node.children : this.roots;
    const siblings = parent ? () => parent.node.children : () => this.roots;
    list.push(node);
    this.byKey.set(key, { node, siblings });
  }

  /** The display's lines (with ANSI styling), for a terminal `width` columns wide. */
  render(width: number): string[] {
    const lines: string[] = [];
    const walk = (nodes: Node[], indent: number) => {
      for (const n of nodes) {
        lines.push(renderProgressLine(n.record, indent, width));
        walk(n.children, indent + 2);
      }
    };
    walk(this.roots, 0);
    return lines;
  }

  private remove(key: string, node: Node, siblings: () => Node[]): void {
    const list = siblings();
    const at = list.indexOf(node);
    // The children move up to where the finished activity was.
    list.splice(at < 0 ? list.length : at, at < 0 ? 0 : 1, ...node.children);
    for (const child of node.children) {
      const entry = this.byKey.get(keyOf(child.record.sourceId, child.record.activityId));
      if (entry) entry.siblings = siblings;
    }
    this.byKey.delete(key);
  }
}

/** One activity's line in the Minimal view. */
export function renderProgressLine(r: ProgressRecord, indent: number, terminalWidth: number): string {
  const maxWidth = Math.min(terminalWidth, PROGRESS_MAX_WIDTH);
  const seconds = r.secondsRemaining >= 0 ? `${r.secondsRemaining}s` : '';
  // The seconds take their length plus one cell of the bar.
  const secondsCells = seconds.length + 1;
  const half = Math.floor(maxWidth / 2);
  let activity = r.activity;
  let activityCells = cellWidth(activity);
  if (activityCells > half) {
    activity = headCells(activity, half - 1) + ELLIPSIS;
    activityCells = half;
  }
  const bar = maxWidth - activityCells - indent - 4;
  let status = r.statusDescription;
  if (bar - secondsCells - 1 > 0 && cellWidth(status) > bar - secondsCells) status = headCells(status, bar - secondsCells - 1) + ELLIPSIS;
  const statusCells = cellWidth(status);
  const content = status + ' '.repeat(Math.max(0, bar - statusCells - secondsCells)) + seconds;
  let body: string;
  if (r.percentComplete >= 0 && r.percentComplete < 100 && bar > 0) {
    const filled = Math.min(Math.floor((r.percentComplete * bar) / 100), bar - 1);
    const [done, rest] = splitCells(content, filled);
    body = REVERSE + done + REVERSE_OFF + rest;
  } else {
    body = REVERSE + content + REVERSE_OFF;
  }
  return `${' '.repeat(indent)}${STYLE}${activity} [${body}]${RESET}`;
}

/** Splits `s` after `cells` cells (a wide character that would straddle goes to the second part). */
function splitCells(s: string, cells: number): [string, string] {
  let used = 0;
  let i = 0;
  const chars = [...s];
  while (i < chars.length && used + charCells(chars[i]!) <= cells) used += charCells(chars[i++]!);
  return [chars.slice(0, i).join(''), chars.slice(i).join('')];
}
