/**
 * The line editor's state machine (PSReadLine's Windows key bindings, the ones pwsh users on
 * Exchange know): a key goes in, an event comes out; no terminal access here, so the whole
 * behaviour is unit-testable. The REPL renders the state after each event.
 */
import type { CompletionResult } from '../completion/types';
import * as B from './buffer';
import type { Key } from './keys';
import { History } from './history';

export type EditorEvent =
  /** The buffer or view changed: redraw. */
  | { type: 'edit' }
  | { type: 'accept'; text: string }
  /** Ctrl+C: the line is dropped (the shell prints ^C and a new prompt). */
  | { type: 'cancel' }
  /** Ctrl+D on an empty line. */
  | { type: 'eof' }
  | { type: 'clear-screen' }
  /** Ctrl+Space with several matches: show them under the prompt. */
  | { type: 'list'; items: string[] }
  /** Nothing to do for this key (no completion, no older history...). */
  | { type: 'bell' };

export interface EditorOptions {
  history?: History;
  complete?(text: string, cursor: number): CompletionResult;
  /** True when the text so far cannot run yet (unclosed brace, quote...): Enter adds a line. */
  isIncomplete?(text: string): boolean;
}

export interface SearchState {
  query: string;
  /** Index in history of the entry shown, history.length before any match. */
  index: number;
  failed: boolean;
  original: B.Buffer;
}

interface CompletionCycle {
  completions: string[];
  index: number;
  start: number;
  /** Length of the completion currently in the buffer. */
  length: number;
}

export class LineEditor {
  buffer: B.Buffer = B.empty();
  search: SearchState | null = null;
  private readonly history: History;
  private historyIndex: number;
  private draft: B.Buffer = B.empty();
  private cycle: CompletionCycle | null = null;

  constructor(private readonly options: EditorOptions = {}) {
    this.history = options.history ?? new History();
    this.historyIndex = this.history.length;
  }

  /** Starts a fresh line (after accept or cancel), history positioned after the newest entry. */
  reset(): void {
    this.buffer = B.empty();
    this.search = null;
    this.cycle = null;
    this.draft = B.empty();
    this.historyIndex = this.history.length;
  }

  handle(key: Key): EditorEvent {
    if (this.search) {
      const handled = this.handleSearch(key);
      if (handled) return handled;
    }
    if (key.name !== 'tab' && key.name !== 'shift+tab') this.cycle = null;
    const b = this.buffer;
    switch (key.name) {
      case 'text':
        return this.set(B.insert(b, key.text ?? ''));
      case 'enter':
        return this.enter();
      case 'left':
      case 'ctrl+b':
        return this.set(B.left(b));
      case 'right':
      case 'ctrl+f':
        return this.set(B.right(b));
      case 'home':
      case 'ctrl+a':
        return this.set(B.home(b));
      case 'end':
      case 'ctrl+e':
        return this.set(B.end(b));
      case 'ctrl+left':
      case 'alt+b':
        return this.set(B.wordLeft(b));
      case 'ctrl+right':
      case 'alt+f':
        return this.set(B.wordRight(b));
      case 'backspace':
        return this.set(B.backspace(b));
      case 'delete':
        return this.set(B.deleteChar(b));
      case 'ctrl+u':
        return this.set(B.killBefore(b));
      case 'ctrl+k':
        return this.set(B.killAfter(b));
      case 'ctrl+w':
        return this.set(B.killWordBefore(b));
      case 'alt+backspace':
      case 'ctrl+backspace':
        return this.set(B.killWordBackward(b));
      case 'alt+d':
      case 'ctrl+delete':
        return this.set(B.killWordForward(b));
      case 'escape':
        // PSReadLine (Windows mode) RevertLine.
        return this.set(B.empty());
      case 'up':
      case 'ctrl+p':
        return this.up();
      case 'down':
      case 'ctrl+n':
        return this.down();
      case 'tab':
        return this.cycleCompletion(1);
      case 'shift+tab':
        return this.cycleCompletion(-1);
      case 'ctrl+space':
        return this.listCompletions();
      case 'ctrl+r':
        this.search = { query: '', index: this.history.length, failed: false, original: b };
        return { type: 'edit' };
      case 'ctrl+c':
        this.reset();
        return { type: 'cancel' };
      case 'ctrl+d':
        if (b.text === '') return { type: 'eof' };
        return this.set(B.deleteChar(b));
      case 'ctrl+l':
        return { type: 'clear-screen' };
      default:
        return { type: 'bell' };
    }
  }

  private set(next: B.Buffer): EditorEvent {
    this.buffer = next;
    return { type: 'edit' };
  }

  private enter(): EditorEvent {
    const text = this.buffer.text;
    if (this.options.isIncomplete?.(text)) {
      // Continue on a new line; the text stays one entry (rendered with `>> ` prompts).
      this.buffer = B.insert({ text, cursor: text.length }, '\n');
      return { type: 'edit' };
    }
    this.reset();
    return { type: 'accept', text };
  }

  private up(): EditorEvent {
    const b = this.buffer;
    const lineStart = b.text.lastIndexOf('\n', b.cursor - 1) + 1;
    if (lineStart > 0) {
      // In a multi-line entry, Up moves to the line above first.
      const prevStart = b.text.lastIndexOf('\n', lineStart - 2) + 1;
      const column = b.cursor - lineStart;
      return this.set({ ...b, cursor: Math.min(prevStart + column, lineStart - 1) });
    }
    if (this.historyIndex === 0) return { type: 'bell' };
    if (this.historyIndex === this.history.length) this.draft = b;
    this.historyIndex--;
    const entry = this.history.at(this.historyIndex) ?? '';
    return this.set({ text: entry, cursor: entry.length });
  }

  private down(): EditorEvent {
    const b = this.buffer;
    const nextNl = b.text.indexOf('\n', b.cursor);
    if (nextNl >= 0 && this.historyIndex === this.history.length) {
      const lineStart = b.text.lastIndexOf('\n', b.cursor - 1) + 1;
      const column = b.cursor - lineStart;
      const nextEnd = b.text.indexOf('\n', nextNl + 1);
      return this.set({ ...b, cursor: Math.min(nextNl + 1 + column, nextEnd < 0 ? b.text.length : nextEnd) });
    }
    if (this.historyIndex >= this.history.length) return { type: 'bell' };
    this.historyIndex++;
    if (this.historyIndex === this.history.length) return this.set(this.draft);
    const entry = this.history.at(this.historyIndex) ?? '';
    return this.set({ text: entry, cursor: entry.length });
  }

  private cycleCompletion(step: 1 | -1): EditorEvent {
    if (!this.cycle) {
      const result = this.options.complete?.(this.buffer.text, this.buffer.cursor);
      if (!result || result.completions.length === 0) return { type: 'bell' };
      const index = step === 1 ? 0 : result.completions.length - 1;
      this.cycle = { completions: result.completions, index, start: result.replacementIndex, length: result.replacementLength };
    } else {
      const n = this.cycle.completions.length;
      this.cycle.index = (this.cycle.index + step + n) % n;
    }
    const c = this.cycle;
    const chosen = c.completions[c.index];
    this.buffer = B.replace(this.buffer, c.start, c.length, chosen);
    c.length = chosen.length;
    return { type: 'edit' };
  }

  private listCompletions(): EditorEvent {
    const result = this.options.complete?.(this.buffer.text, this.buffer.cursor);
    if (!result || result.completions.length === 0) return { type: 'bell' };
    if (result.completions.length === 1) {
      return this.set(B.replace(this.buffer, result.replacementIndex, result.replacementLength, result.completions[0]));
    }
    return { type: 'list', items: result.completions };
  }

  /** Keys while Ctrl+R search is active; returns null when the key ends the search and must be handled normally. */
  private handleSearch(key: Key): EditorEvent | null {
    const s = this.search!;
    switch (key.name) {
      case 'text':
        s.query += key.text ?? '';
        this.findMatch(Math.min(s.index + 1, this.history.length));
        return { type: 'edit' };
      case 'backspace':
        s.query = s.query.slice(0, -1);
        s.index = this.history.length;
        if (s.query) this.findMatch(this.history.length);
        else {
          s.failed = false;
          this.buffer = s.original;
        }
        return { type: 'edit' };
      case 'ctrl+r':
        if (s.query) this.findMatch(s.index);
        return { type: 'edit' };
      case 'escape':
      case 'ctrl+g':
        this.buffer = s.original;
        this.search = null;
        return { type: 'edit' };
      default:
        // Any other key keeps the match in the buffer and acts normally (Enter runs it).
        this.search = null;
        if (s.index < this.history.length) this.historyIndex = s.index;
        return null;
    }
  }

  private findMatch(before: number): void {
    const s = this.search!;
    const found = this.history.searchBackward(s.query, before);
    if (found < 0) {
      s.failed = true;
      return;
    }
    s.failed = false;
    s.index = found;
    const entry = this.history.at(found)!;
    const pos = entry.toLowerCase().lastIndexOf(s.query.toLowerCase());
    this.buffer = { text: entry, cursor: pos < 0 ? entry.length : pos };
  }
}
