import { describe, expect, test } from 'vitest';
import { MemoryStateStore } from '../../src/store/memory-store';
import { loadScenario } from '../../src/model/scenarios';
import { VirtualFileSystem } from '../../src/model/vfs';
import { FileSystemError } from '../../src/engine/services';
import { resolvePath } from '../../src/model/paths';

function fs() {
  const store = new MemoryStateStore(loadScenario('contoso'));
  return { store, vfs: new VirtualFileSystem(store) };
}

function fsError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof FileSystemError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('no error');
}

describe('paths', () => {
  test.each([
    ['Desktop\\users.csv', 'C:\\Users\\Administrator', 'C:\\Users\\Administrator\\Desktop\\users.csv'],
    ['.\\a\\..\\b', 'C:\\Users\\Administrator', 'C:\\Users\\Administrator\\b'],
    ['..\\..', 'C:\\Users\\Administrator', 'C:\\'],
    ['c:/temp/x.txt', 'C:\\Users', 'C:\\temp\\x.txt'],
    ['\\Windows', 'C:\\Users', 'C:\\Windows'],
    ['~\\Desktop', 'C:\\', 'C:\\Users\\Administrator\\Desktop'],
    ['\\\\fileserver\\share\\list.csv', 'C:\\', '\\\\fileserver\\share\\list.csv'],
    ['\\\\fileserver\\share\\a\\..\\..\\b', 'C:\\', '\\\\fileserver\\share\\b'],
    ['C:\\Users\\', 'C:\\', 'C:\\Users'],
  ])('resolve(%s) from %s', (path, location, expected) => {
    expect(resolvePath(path, location, 'C:\\Users\\Administrator')).toBe(expected);
  });
});

describe('virtual file system', () => {
  test('contoso seeds the desktop folder and the location', () => {
    const { vfs } = fs();
    expect(vfs.getLocation()).toBe('C:\\Users\\Administrator');
    expect(vfs.isDirectory('C:\\Users\\Administrator\\Desktop')).toBe(true);
    expect(vfs.list('C:\\Users\\Administrator').map((e) => e.name)).toEqual(['Desktop', 'Documents']);
  });

  test('write, read back case-insensitively, append, list, remove', () => {
    const { vfs } = fs();
    vfs.writeText('Desktop\\Users.csv', 'EmailAddress\r\n');
    vfs.writeText('c:\\users\\administrator\\desktop\\USERS.CSV', 'sara@contoso.com\r\n', { append: true });
    expect(vfs.readText('C:\\Users\\Administrator\\Desktop\\users.csv')).toBe('EmailAddress\r\nsara@contoso.com\r\n');
    expect(vfs.resolve('desktop\\users.csv')).toBe('C:\\Users\\Administrator\\Desktop\\Users.csv');
    expect(vfs.list('Desktop')).toEqual([{ name: 'Users.csv', isDirectory: false, length: 32, lastWriteTime: Date.parse('2025-01-06T09:00:00Z') }]);
    vfs.remove('Desktop\\users.csv');
    expect(vfs.exists('Desktop\\users.csv')).toBe(false);
  });

  test('bytes round-trip and a UTF-8 BOM is stripped from text', () => {
    const { vfs } = fs();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0x00, 0xff]);
    vfs.writeBytes('C:\\Migration\\b.bin', bytes);
    expect(vfs.readBytes('C:\\Migration\\b.bin')).toEqual(bytes);
    expect(vfs.readText('C:\\Migration\\b.bin')).toBe('hé\u0000\ufffd');
  });

  test('createDirectory makes parents; setLocation moves; removing a folder removes its content', () => {
    const { vfs } = fs();
    vfs.createDirectory('C:\\Data\\Exports\\2025');
    vfs.writeText('C:\\Data\\Exports\\2025\\a.txt', 'x');
    vfs.setLocation('C:\\Data\\Exports');
    expect(vfs.getLocation()).toBe('C:\\Data\\Exports');
    expect(vfs.readText('2025\\a.txt')).toBe('x');
    vfs.remove('C:\\Data');
    expect(vfs.exists('C:\\Data\\Exports\\2025\\a.txt')).toBe(false);
    expect(vfs.getLocation()).toBe('C:\\');
  });

  test.each([
    ['reading a missing file', (v: VirtualFileSystem) => v.readText('C:\\nope.txt'), { code: 'ItemNotFound', message: "Cannot find path 'C:\\nope.txt' because it does not exist." }],
    ['writing into a missing folder', (v: VirtualFileSystem) => v.writeText('C:\\No\\Such\\a.txt', 'x'), { code: 'ItemNotFound', message: "Could not find a part of the path 'C:\\No\\Such\\a.txt'." }],
    ['writing over a folder', (v: VirtualFileSystem) => v.writeText('Desktop', 'x'), { code: 'IsADirectory', message: "Access to the path 'C:\\Users\\Administrator\\Desktop' is denied." }],
    ['a missing drive', (v: VirtualFileSystem) => v.createDirectory('Q:\\x'), { code: 'InvalidPath', message: "Cannot find drive. A drive with the name 'Q' does not exist." }],
    ['moving to a missing folder', (v: VirtualFileSystem) => v.setLocation('C:\\Missing'), { code: 'ItemNotFound', message: "Cannot find path 'C:\\Missing' because it does not exist." }],
    ['an unknown UNC share', (v: VirtualFileSystem) => v.readText('\\\\srv\\share\\a.csv'), { code: 'ItemNotFound', message: "Cannot find path '\\\\srv\\share\\a.csv' because it does not exist." }],
  ])('%s', (_, fn, expected) => {
    const { vfs } = fs();
    expect(fsError(() => fn(vfs))).toEqual(expected);
  });

  test('UNC shares seeded by a scenario work like drives', () => {
    const spec = { name: 'unc', files: { directories: ['\\\\FS01\\Migration'], files: [{ path: '\\\\FS01\\Migration\\batch.csv', text: 'EmailAddress\n' }] } };
    const vfs = new VirtualFileSystem(new MemoryStateStore(loadScenario(spec)));
    expect(vfs.readText('\\\\fs01\\migration\\BATCH.csv')).toBe('EmailAddress\n');
    vfs.writeText('\\\\FS01\\Migration\\out.txt', 'ok');
    expect(vfs.list('\\\\FS01\\Migration').map((e) => e.name)).toEqual(['batch.csv', 'out.txt']);
  });

  test('file writes inside a failing transaction are undone', () => {
    const { store, vfs } = fs();
    expect(() =>
      store.transaction(() => {
        vfs.writeText('Desktop\\tmp.txt', 'x');
        throw new Error('cmdlet failed');
      }),
    ).toThrow('cmdlet failed');
    expect(vfs.exists('Desktop\\tmp.txt')).toBe(false);
  });
});
