/**
 * List layout (pwsh's ListWriter, notes L1-L6): `Label : Value`, labels padded to the longest
 * label of the same object, long values word-wrapped under the value column, continuation lines
 * indented by label width + 3.
 */
import { cellWidth, headCells, padRight, wrapText } from './cells';

const SEPARATOR = ' : ';

/** $PSStyle.Formatting.FormatAccent and Reset, used when rendering with ANSI (L9). */
const ACCENT = '\x1b[32;1m';
const RESET = '\x1b[0m';

export function listBlockLines(fields: { label: string; value: string }[], screenWidth: number, ansi = false): string[] {
  // L3: labels longer than screen - 4 are cut without an ellipsis.
  const maxLabel = Math.max(1, screenWidth - SEPARATOR.length - 1);
  const labels = fields.map((f) => (cellWidth(f.label) > maxLabel ? headCells(f.label, maxLabel) : f.label));
  const labelWidth = Math.max(0, ...labels.map(cellWidth));
  const valueWidth = screenWidth - (labelWidth + SEPARATOR.length);
  const indent = ' '.repeat(labelWidth + SEPARATOR.length);
  const out: string[] = [];
  fields.forEach((f, i) => {
    const plainHead = padRight(labels[i]!, labelWidth) + SEPARATOR;
    const head = ansi ? ACCENT + plainHead + RESET : plainHead;
    let value = f.value;
    // A value carrying its own colour gets a reset so it does not bleed into the next line.
    if (ansi && value.includes('\x1b') && !value.endsWith(RESET)) value += RESET;
    const lines = value === '' ? [''] : wrapText(value, valueWidth);
    out.push(head + lines[0]);
    for (const l of lines.slice(1)) out.push(indent + l);
  });
  return out;
}
