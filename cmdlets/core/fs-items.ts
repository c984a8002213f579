/**
 * What the item cmdlets (Get-ChildItem, Get-Item, New-Item, Remove-Item, Copy-Item, Move-Item,
 * Rename-Item) and the location/path cmdlets share: items as System.IO.FileInfo/DirectoryInfo-like
 * objects with pwsh's FileSystem views, path expansion with wildcards in any segment, and pwsh's
 * errors (PathNotFound, DriveNotFound). Everything goes through ctx.services.fs, so host folders a
 * user mounted (shell/mounted-fs.ts) work as the virtual disk does.
 */
import type { CmdletContext, ErrorDetails } from '../../src/engine/cmdlet';
import { FileSystemError, type FileSystem } from '../../src/engine/services';
import { PSDateTime, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { formatDate } from '../../src/engine/textformat';
import { registerView } from '../../src/formatting/views';
import { parentOf, leafOf, parseAbsolute, format } from '../../src/model/paths';
import { hasWildcard, wildcardRegExp } from './property-expressions';
import { pathNotFound } from './file-io';

export const PROVIDER = 'Microsoft.PowerShell.Core\\FileSystem';
export const FILE_INFO = 'System.IO.FileInfo';
export const DIRECTORY_INFO = 'System.IO.DirectoryInfo';

export interface FsEntry {
  /** Absolute path in the case it was created with. */
  path: string;
  isDirectory: boolean;
  length: number;
  lastWriteTime: number;
}

export function joinChild(dir: string, name: string): string {
  return dir.endsWith('\\') ? dir + name : `${dir}\\${name}`;
}

/** Folders first, then files, each by name: the order pwsh's FileSystem provider lists them in. */
function byFolderThenName(a: FsEntry, b: FsEntry): number {
  if (a.isDirectory !== b.isDirectory) return a.isDirectory ? -1 : 1;
  const x = leafOf(a.path).toLowerCase();
  const y = leafOf(b.path).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function childrenOf(fs: FileSystem, dir: string): FsEntry[] {
  return fs
    .list(dir)
    .map((e) => ({ path: joinChild(dir, e.name), isDirectory: e.isDirectory, length: e.isDirectory ? 0 : e.length, lastWriteTime: e.lastWriteTime }))
    .sort(byFolderThenName);
}

/** The item at an absolute path, or null when there is none. */
export function statPath(fs: FileSystem, abs: string): FsEntry | null {
  if (!fs.exists(abs)) return null;
  const parent = parentOf(abs);
  if (parent === null) return { path: abs, isDirectory: true, length: 0, lastWriteTime: 0 };
  const leaf = leafOf(abs).toLowerCase();
  const parentPath = fs.resolve(parent);
  const hit = childrenOf(fs, parentPath).find((e) => leafOf(e.path).toLowerCase() === leaf);
  return hit ?? { path: abs, isDirectory: fs.isDirectory(abs), length: 0, lastWriteTime: 0 };
}

/** `Cannot find drive. A drive with the name 'Q' does not exist.` when the path's drive is missing. */
export function driveError(fs: FileSystem, abs: string): ErrorDetails | null {
  const p = parseAbsolute(abs);
  if (!p || !/^[A-Za-z]:\\$/.test(p.root) || fs.exists(p.root)) return null;
  const drive = p.root[0]!;
  return {
    message: `Cannot find drive. A drive with the name '${drive}' does not exist.`,
    errorId: 'DriveNotFound',
    category: 'ObjectNotFound',
    targetObject: drive,
    exceptionType: 'System.Management.Automation.DriveNotFoundException',
  };
}

/** Resolves a path to an absolute one (no existence check); an error for an invalid path or drive. */
export function absolutePath(ctx: CmdletContext, path: string): { abs?: string; error?: ErrorDetails } {
  let abs: string;
  try {
    abs = ctx.services.fs.resolve(path);
  } catch (e) {
    if (e instanceof FileSystemError) return { error: pathNotFound(path) };
    throw e;
  }
  const drive = driveError(ctx.services.fs, abs);
  return drive ? { error: drive } : { abs };
}

/**
 * The items a -Path names: a literal path must exist (PathNotFound otherwise); wildcards in any
 * segment expand to what matches (nothing matching is no error, as pwsh has it).
 */
export function resolveItems(ctx: CmdletContext, path: string, literal: boolean): { entries: FsEntry[]; error?: ErrorDetails } {
  const fs = ctx.services.fs;
  const { abs, error } = absolutePath(ctx, path);
  if (abs === undefined) return { entries: [], error };
  const parsed = parseAbsolute(abs)!;
  if (literal || !parsed.segments.some(hasWildcard)) {
    const entry = statPath(fs, abs);
    return entry ? { entries: [entry] } : { entries: [], error: pathNotFound(abs) };
  }
  let current: FsEntry[] = [{ path: parsed.root, isDirectory: true, length: 0, lastWriteTime: 0 }];
  for (const [i, segment] of parsed.segments.entries()) {
    const next: FsEntry[] = [];
    for (const dir of current) {
      if (!dir.isDirectory) continue;
      if (hasWildcard(segment)) {
        const re = wildcardRegExp(segment);
        next.push(...childrenOf(fs, dir.path).filter((e) => re.test(leafOf(e.path))));
      } else {
        const hit = statPath(fs, joinChild(dir.path, segment));
        if (hit) next.push(hit);
      }
    }
    // A literal folder before the first wildcard that is missing: pwsh names it.
    if (next.length === 0 && !parsed.segments.slice(0, i + 1).some(hasWildcard))
      return { entries: [], error: pathNotFound(format({ root: parsed.root, segments: parsed.segments.slice(0, i + 1) })) };
    current = next;
  }
  return { entries: current };
}

/** -Path (or -LiteralPath) values; `fallback` when none was given. */
export function pathValues(ctx: CmdletContext, fallback?: string): { paths: string[]; literal: boolean } {
  const literal = ctx.bound('LiteralPath');
  const raw = literal ? ctx.params['LiteralPath'] : ctx.params['Path'];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const paths = list.map((p) => stringOf(p as PSValue));
  return { paths: paths.length === 0 && fallback !== undefined ? [fallback] : paths, literal };
}

/** -Filter, -Include and -Exclude on an item's name. */
export function nameFilter(ctx: CmdletContext): (name: string) => boolean {
  const list = (name: string): RegExp[] => {
    const raw = ctx.params[name];
    const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    return values.map((v) => wildcardRegExp(stringOf(v as PSValue)));
  };
  const filter = ctx.params['Filter'] === undefined || ctx.params['Filter'] === null ? null : wildcardRegExp(stringOf(ctx.params['Filter']));
  const include = list('Include');
  const exclude = list('Exclude');
  return (name) =>
    (filter === null || filter.test(name)) && (include.length === 0 || include.some((r) => r.test(name))) && !exclude.some((r) => r.test(name));
}

export function providerPath(abs: string): string {
  return `${PROVIDER}::${abs}`;
}

function modeOf(isDirectory: boolean): string {
  return isDirectory ? 'd----' : '-a---';
}

function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 || i === name.length - 1 ? '' : name.slice(i);
}

function driveObject(abs: string): PSObject {
  const name = /^[A-Za-z]:/.test(abs) ? abs[0]!.toUpperCase() : '';
  const o = PSObject.fromRecord({ Name: name, Root: name ? `${name}:\\` : '', Provider: PROVIDER, CurrentLocation: '' }, ['System.Management.Automation.PSDriveInfo', 'System.Object']);
  o.toStringOverride = () => name;
  return o;
}

function providerObject(): PSObject {
  const o = PSObject.fromRecord({ Name: 'FileSystem', ModuleName: 'Microsoft.PowerShell.Core' }, ['System.Management.Automation.ProviderInfo', 'System.Object']);
  o.toStringOverride = () => PROVIDER;
  return o;
}

/** A FileInfo or DirectoryInfo as Get-Item/Get-ChildItem write it (ETS properties first, as pwsh lists them). */
export function itemObject(fs: FileSystem, e: FsEntry): PSObject {
  const name = parentOf(e.path) === null ? e.path : leafOf(e.path);
  const parent = parentOf(e.path);
  const typeNames = [e.isDirectory ? DIRECTORY_INFO : FILE_INFO, 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];
  const o = new PSObject(typeNames);
  const note = (n: string, value: PSValue, typeName?: string) => o.addProperty({ name: n, value, memberType: 'NoteProperty', typeName });
  const prop = (n: string, value: PSValue, typeName?: string) => o.addProperty({ name: n, value, memberType: 'Property', typeName });
  const lazy = (n: string, getter: () => PSValue, typeName?: string) => o.addProperty({ name: n, getter, memberType: 'Property', typeName });
  const time = new PSDateTime(e.lastWriteTime, 'Local');
  const utc = new PSDateTime(e.lastWriteTime, 'Utc');
  note('PSPath', providerPath(e.path), 'string');
  note('PSParentPath', parent === null ? '' : providerPath(parent), 'string');
  note('PSChildName', name, 'string');
  note('PSDrive', driveObject(e.path), 'PSDriveInfo');
  note('PSProvider', providerObject(), 'ProviderInfo');
  note('PSIsContainer', e.isDirectory, 'bool');
  o.addProperty({ name: 'Mode', value: modeOf(e.isDirectory), memberType: 'CodeProperty', typeName: 'System.String' });
  o.addProperty({ name: 'ModeWithoutHardLink', value: modeOf(e.isDirectory), memberType: 'CodeProperty', typeName: 'System.String' });
  const ext = extensionOf(name);
  const baseName = e.isDirectory || ext === '' ? name : name.slice(0, name.length - ext.length);
  o.addProperty({ name: 'BaseName', value: baseName, memberType: 'ScriptProperty', typeName: 'System.Object' });
  o.addProperty({ name: 'ResolvedTarget', value: e.path, memberType: 'CodeProperty', typeName: 'System.String' });
  o.addProperty({ name: 'Target', value: null, memberType: 'AliasProperty' });
  o.addProperty({ name: 'LinkType', value: null, memberType: 'CodeProperty', typeName: 'System.String' });
  const dirItem = (p: string | null) => (p === null ? null : itemObject(fs, statPath(fs, p) ?? { path: p, isDirectory: true, length: 0, lastWriteTime: 0 }));
  if (e.isDirectory) {
    lazy('Parent', () => dirItem(parent), 'System.IO.DirectoryInfo');
    lazy('Root', () => dirItem(parseAbsolute(e.path) ? format({ root: parseAbsolute(e.path)!.root, segments: [] }) : null), 'System.IO.DirectoryInfo');
  } else {
    prop('Length', e.length, 'long');
    prop('DirectoryName', parent, 'string');
    lazy('Directory', () => dirItem(parent), 'System.IO.DirectoryInfo');
    prop('IsReadOnly', false, 'bool');
  }
  prop('Exists', true, 'bool');
  prop('FullName', e.path, 'string');
  prop('Extension', ext, 'string');
  prop('Name', name, 'string');
  prop('CreationTime', time, 'datetime');
  prop('CreationTimeUtc', utc, 'datetime');
  prop('LastAccessTime', time, 'datetime');
  prop('LastAccessTimeUtc', utc, 'datetime');
  prop('LastWriteTime', time, 'datetime');
  prop('LastWriteTimeUtc', utc, 'datetime');
  prop('LinkTarget', null, 'string');
  prop('Attributes', e.isDirectory ? 'Directory' : 'Archive', 'System.IO.FileAttributes');
  // pwsh 7: an item from the provider converts to its full path ("$(Get-Item a.txt)").
  o.toStringOverride = () => e.path;
  return o;
}

/** The folder a FileSystem item's group header names (PSParentPath without the provider). */
function parentFolder(v: PSValue): string {
  if (!(v instanceof PSObject)) return '';
  return stringOf(v.get('PSParentPath') ?? '').replace(/^Microsoft\.PowerShell\.Core\\FileSystem::/, '');
}

const GROUP = { label: 'Directory', value: parentFolder, indent: 4 };

/**
 * FileSystem.format.ps1xml (pwsh 7 on Windows): `Mode  LastWriteTime  Length Name` grouped under
 * `    Directory: C:\...`, the time as `{0,10}  {1,8}` of the short date and time.
 */
const TABLE = {
  kind: 'table' as const,
  groupBy: 'PSParentPath',
  groupHeader: GROUP,
  properties: [
    { label: 'Mode', property: 'Mode', width: 7, alignment: 'left' as const },
    {
      label: 'LastWriteTime',
      width: 26,
      alignment: 'right' as const,
      expression: (v: PSValue) => {
        const t = v instanceof PSObject ? v.get('LastWriteTime') : null;
        if (!(t instanceof PSDateTime)) return '';
        return `${formatDate(t, 'd').padStart(10)}  ${formatDate(t, 't').padStart(8)}`;
      },
    },
    { label: 'Length', property: 'Length', width: 14, alignment: 'right' as const },
    { label: 'Name', property: 'Name', alignment: 'left' as const },
  ],
};
registerView(DIRECTORY_INFO, TABLE);
registerView(FILE_INFO, TABLE);
registerView(DIRECTORY_INFO, { kind: 'list', groupBy: 'PSParentPath', groupHeader: GROUP, properties: ['Name', 'CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target'] });
registerView(FILE_INFO, { kind: 'list', groupBy: 'PSParentPath', groupHeader: GROUP, properties: ['Name', 'Length', 'CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target'] });

/** PathInfo (Get-Location, Resolve-Path, $PWD): a table of its Path. */
export const PATH_INFO = 'System.Management.Automation.PathInfo';
registerView(PATH_INFO, { kind: 'table', properties: ['Path'] });

export function pathInfo(path: string): PSObject {
  const o = PSObject.fromRecord({ Drive: driveObject(path), Provider: providerObject(), ProviderPath: path, Path: path }, [PATH_INFO, 'System.Object']);
  o.toStringOverride = () => path;
  return o;
}

/** Runs a file system step, turning a FileSystemError into the cmdlet's error record. */
export function fsStep<T>(ctx: CmdletContext, errorId: string, category: ErrorDetails['category'], target: PSValue, action: () => T): T | undefined {
  try {
    return action();
  } catch (e) {
    if (!(e instanceof FileSystemError)) throw e;
    const exceptionType =
      e.code === 'ItemNotFound' ? 'System.IO.DirectoryNotFoundException' : e.code === 'AccessDenied' || e.code === 'IsADirectory' ? 'System.UnauthorizedAccessException' : 'System.IO.IOException';
    ctx.writeError({ message: e.message, errorId, category, targetObject: target, exceptionType });
    return undefined;
  }
}
