/**
 * Reads one edited line from the terminal: renders, waits for keys, feeds the editor, until the
 * line is accepted, cancelled (Ctrl+C) or input ends. Keys typed after an accepted line (a
 * multi-line paste, type-ahead) are pushed back for the next read.
 */
import type { LineEditor } from './editor';
import type { ReplInput } from './io';
import { decodeKeys } from './keys';
import { Renderer } from './render';
import { message } from './messages';

export type ReadResult = { type: 'accept'; text: string } | { type: 'cancel' } | { type: 'eof' };

export type { TerminalOutput } from './io';
import type { TerminalOutput } from './io';

export function readEditedLine(input: ReplInput, out: TerminalOutput, editor: LineEditor, prompt: string): ReadResult {
  const renderer = new Renderer(out.write, out.width);
  const wasRaw = input.isRaw;
  input.setRaw(true);
  try {
    renderer.render({ prompt, buffer: editor.buffer, search: editor.search });
    for (;;) {
      const chunk = input.readChunk();
      if (chunk === null) {
        renderer.finish();
        return { type: 'eof' };
      }
      // Text the input side printed while we waited (the browser lab's Check button): shown above the line.
      const notice = input.takeNotice?.();
      if (notice) {
        renderer.finish();
        out.write(notice);
        renderer.forget();
      }
      const keys = decodeKeys(chunk);
      for (let k = 0; k < keys.length; k++) {
        const event = editor.handle(keys[k]);
        if (event.type === 'accept' || event.type === 'cancel' || event.type === 'eof') {
          input.unread(keys.slice(k + 1).map((key) => key.raw ?? key.text ?? '').join(''));
          if (event.type === 'accept') {
            renderer.render({ prompt, buffer: { text: event.text, cursor: event.text.length } });
            renderer.finish();
            return event;
          }
          renderer.finish(event.type === 'cancel' ? message('Interrupted') : '');
          return event;
        }
        if (event.type === 'clear-screen') {
          out.write('\x1b[2J\x1b[3J\x1b[H');
          renderer.forget();
        } else if (event.type === 'list') {
          renderer.finish();
          out.write(formatColumns(event.items, out.width()));
          renderer.forget();
        }
      }
      renderer.render({ prompt, buffer: editor.buffer, search: editor.search });
    }
  } finally {
    input.setRaw(wasRaw);
  }
}

/** Completion candidates in columns, as PSReadLine's possible-completions list shows them. */
export function formatColumns(items: string[], width: number): string {
  const colWidth = Math.max(...items.map((s) => s.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(items.length / perRow);
  let out = '';
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) cells.push(item.padEnd(colWidth));
    }
    out += cells.join('').trimEnd() + '\r\n';
  }
  return out;
}
