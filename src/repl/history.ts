/**
 * Command history: the entries accepted so far (oldest first), as PSReadLine keeps them:
 * blank lines and a repeat of the previous entry are not added; at most `limit` entries
 * (PSReadLine's MaximumHistoryCount default, 4096).
 */

export const DEFAULT_HISTORY_LIMIT = 4096;

export class History {
  private readonly items: string[] = [];

  constructor(initial: readonly string[] = [], private readonly limit = DEFAULT_HISTORY_LIMIT) {
    for (const entry of initial) this.add(entry);
  }

  get entries(): readonly string[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }

  at(index: number): string | undefined {
    return this.items[index];
  }

  /** Returns true when the entry was kept (the caller persists only those). */
  add(entry: string): boolean {
    if (!entry.trim() || this.items[this.items.length - 1] === entry) return false;
    this.items.push(entry);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
    return true;
  }

  /** Index of the newest entry before `before` containing `query` (case-insensitive), or -1. */
  searchBackward(query: string, before: number): number {
    const q = query.toLowerCase();
    for (let i = Math.min(before, this.items.length) - 1; i >= 0; i--) {
      if (this.items[i].toLowerCase().includes(q)) return i;
    }
    return -1;
  }
}

/**
 * The history file format of PSReadLine: one entry per line; a multi-line entry has every line
 * but its last ending with a backtick.
 */
export function parseHistoryFile(content: string): string[] {
  const entries: string[] = [];
  let pending: string[] = [];
  for (const line of content.split(/\r?\n/)) {
    if (line.endsWith('`')) {
      pending.push(line.slice(0, -1));
      continue;
    }
    pending.push(line);
    const entry = pending.join('\n');
    pending = [];
    if (entry.trim()) entries.push(entry);
  }
  return entries;
}

export function formatHistoryEntry(entry: string): string {
  return entry.split('\n').join('`\n') + '\n';
}
