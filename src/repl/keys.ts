/**
 * Turns what a terminal sends in raw mode into named keys: printable text, control characters and
 * the VT escape sequences of xterm-compatible terminals (arrows, Home/End, Delete, Ctrl+arrows,
 * Shift+Tab). Names are lower-case with modifiers first: 'ctrl+a', 'alt+b', 'ctrl+left', 'shift+tab'.
 */

export interface Key {
  name: string;
  /** The characters typed, for name === 'text' (may be several when pasted). */
  text?: string;
  /** What the terminal sent for this key (to push back unread keys). */
  raw?: string;
}

/** CSI / SS3 final sequences (after ESC [ or ESC O) without modifiers. */
const SEQUENCES: Record<string, string> = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left',
  '[H': 'home', '[F': 'end', 'OH': 'home', 'OF': 'end',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left',
  '[1~': 'home', '[7~': 'home', '[4~': 'end', '[8~': 'end',
  '[2~': 'insert', '[3~': 'delete', '[5~': 'pageup', '[6~': 'pagedown',
  '[Z': 'shift+tab',
};

const MODIFIERS: Record<string, string> = { '2': 'shift+', '3': 'alt+', '5': 'ctrl+', '6': 'ctrl+shift+' };
const CSI_FINAL: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };

const CONTROL: Record<number, string> = {
  0x00: 'ctrl+space',
  0x08: 'backspace', // Ctrl+H, and Backspace on some terminals
  0x09: 'tab',
  0x0a: 'enter',
  0x0d: 'enter',
  0x1b: 'escape',
  0x7f: 'backspace',
};

/** Splits one chunk of terminal input into keys. Consecutive printable characters are grouped. */
export function decodeKeys(input: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ name: 'text', text, raw: text });
    text = '';
  };
  let i = 0;
  while (i < input.length) {
    const before = keys.length;
    const from = i;
    step();
    // Every key made by this step gets the raw characters it came from.
    if (keys.length > before && keys[keys.length - 1].name !== 'text') keys[keys.length - 1].raw = input.slice(from, i);
  }
  flush();
  return keys;

  function step(): void {
    const c = input[i];
    const code = c.charCodeAt(0);
    if (c === '\x1b' && i + 1 < input.length) {
      flush();
      const rest = input.slice(i + 1);
      // CSI with parameters: ESC [ 1 ; 5 C (Ctrl+Right) or ESC [ 3 ; 5 ~ (Ctrl+Delete).
      const csi = /^\[(\d*)(?:;(\d+))?([A-Za-z~])/.exec(rest);
      if (csi) {
        const [all, num, mod, final] = csi;
        let name: string | undefined;
        if (final === '~') name = SEQUENCES[`[${num}~`];
        else if (!num || num === '1') name = CSI_FINAL[final] ?? SEQUENCES[`[${final}`];
        if (name === 'shift+tab' || !mod) keys.push({ name: name ?? 'unknown' });
        else keys.push({ name: name ? (MODIFIERS[mod] ?? '') + name : 'unknown' });
        i += 1 + all.length;
        return;
      }
      const ss3 = /^O([A-Z])/.exec(rest);
      if (ss3) {
        keys.push({ name: SEQUENCES['O' + ss3[1]] ?? 'unknown' });
        i += 3;
        return;
      }
      // ESC followed by a letter, digit or Backspace: Alt+key (Meta sends an ESC prefix). Anything
      // else means Escape was pressed on its own just before other input arrived in the same read.
      const next = rest[0];
      if (next === '\x7f' || next === '\x08') keys.push({ name: 'alt+backspace' });
      else if (/^[A-Za-z0-9.]$/.test(next)) keys.push({ name: 'alt+' + next.toLowerCase() });
      else {
        keys.push({ name: 'escape' });
        i += 1;
        return;
      }
      i += 2;
      return;
    }
    if (CONTROL[code] !== undefined) {
      flush();
      keys.push({ name: CONTROL[code] });
      // A CR LF pair (pasted Windows text) is one Enter.
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      return;
    }
    if (code < 0x20) {
      flush();
      keys.push({ name: 'ctrl+' + String.fromCharCode(code + 0x60) });
      i++;
      return;
    }
    text += c;
    i++;
  }
}
