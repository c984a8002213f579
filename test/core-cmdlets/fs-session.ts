/**
 * A session for the file system cmdlets' tests: a small tree in C:\Users\Administrator\box (the
 * current location), what a command prints, its errors, and the disk under box afterwards.
 */
import { createSession, type Session } from '../../src/session';
import { decodeBase64 } from '../../src/model/base64';

export const BOX = 'C:\\Users\\Administrator\\box';

/** box\d1\a.txt (hello), box\d1\n.txt (empty), box\d1\sub\b.log (log), box\c.txt (ccc), box\B.md. */
export function boxSession(input: string[] = []): Session {
  const s = createSession({ input });
  const r = s.run(
    [
      '$null = New-Item -ItemType Directory box',
      'Set-Location box',
      '$null = New-Item -ItemType Directory d1, d1\\sub',
      '$null = New-Item d1\\a.txt -Value hello',
      '$null = New-Item d1\\n.txt',
      '$null = New-Item d1\\sub\\b.log -Value log',
      '$null = New-Item c.txt -Value ccc',
      '$null = New-Item B.md',
    ].join('; '),
  );
  if (r.errors.length) throw new Error(`setup failed: ${r.errors[0]!.message}`);
  return s;
}

/** The disk under box: `d1\` for a folder, `c.txt=ccc` for a file, sorted. */
export function disk(s: Session): string[] {
  const prefix = BOX.toLowerCase() + '\\';
  return Object.values(s.store.read().files.nodes)
    .filter((n) => n.path.toLowerCase().startsWith(prefix))
    .map((n) => {
      const rel = n.path.slice(prefix.length);
      return n.kind === 'directory' ? rel + '\\' : `${rel}=${new TextDecoder().decode(decodeBase64(n.base64))}`;
    })
    .sort();
}

export const INITIAL = ['B.md=', 'c.txt=ccc', 'd1\\', 'd1\\a.txt=hello', 'd1\\n.txt=', 'd1\\sub\\', 'd1\\sub\\b.log=log'];

/** Runs `code`; the printed text and the errors (message, FullyQualifiedErrorId, category). */
export function run(s: Session, code: string): { text: string; errors: { message: string; id: string; category: string }[] } {
  const r = s.run(code);
  return { text: r.text, errors: r.errors.map((e) => ({ message: e.message, id: e.fullyQualifiedErrorId, category: e.category })) };
}

/** The lines a command prints, without the error views. */
export function lines(s: Session, code: string): string[] {
  const r = s.run(code);
  return r.text.split('\n').filter((l) => l !== '');
}
