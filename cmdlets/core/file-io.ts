/**
 * File access shared by the content, CSV and CliXml cmdlets: path resolution with wildcards over
 * ctx.services.fs, and pwsh's error records for missing files and folders. Files are written with
 * Windows line ends (CRLF), as pwsh on Windows does.
 */
import type { CmdletContext, ErrorDetails } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { stringOf, type PSValue } from '../../src/engine/values';
import { dataMessage } from '../../src/engine/serialization/messages';
import { hasWildcard, wildcardRegExp } from './property-expressions';

export const NEWLINE = '\r\n';

/** The -Path / -LiteralPath values of a call as strings. */
export function pathArgs(ctx: CmdletContext, name = 'Path'): { paths: string[]; literal: boolean } {
  const literal = ctx.bound('LiteralPath');
  const raw = literal ? ctx.params['LiteralPath'] : ctx.params[name];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return { paths: list.map((p) => stringOf(p as PSValue)), literal };
}

function splitLeaf(path: string): [string, string] {
  const i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return i < 0 ? ['', path] : [path.slice(0, i + 1), path.slice(i + 1)];
}

/**
 * Resolves a path that must exist: wildcards in the last segment expand to matching items (none is
 * not an error); a literal path that does not exist gives PathNotFound.
 */
export function resolveExisting(ctx: CmdletContext, path: string, literal: boolean): { paths: string[]; error?: ErrorDetails } {
  const fs = ctx.services.fs;
  const [dir, leaf] = splitLeaf(path);
  if (!literal && hasWildcard(leaf)) {
    const parent = fs.resolve(dir || '.');
    if (!fs.exists(parent) || !fs.isDirectory(parent)) return { paths: [] };
    const re = wildcardRegExp(leaf);
    const sep = parent.endsWith('\\') ? '' : '\\';
    return { paths: fs.list(parent).filter((e) => re.test(e.name)).map((e) => parent + sep + e.name) };
  }
  let abs: string;
  try {
    abs = fs.resolve(path);
  } catch (e) {
    if (e instanceof FileSystemError) return { paths: [], error: pathNotFound(path) };
    throw e;
  }
  if (!fs.exists(abs)) return { paths: [], error: pathNotFound(abs) };
  return { paths: [abs] };
}

export function pathNotFound(path: string): ErrorDetails {
  return {
    message: dataMessage('PathNotFound', path),
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    targetObject: path,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  };
}

/** An error record for a FileSystemError raised while reading or writing (`prefix` + pwsh's suffix). */
export function fileErrorDetails(e: FileSystemError, prefix: string): ErrorDetails {
  const kind =
    e.code === 'ItemNotFound' ? 'DirectoryNotFound' : e.code === 'IsADirectory' || e.code === 'AccessDenied' ? 'UnauthorizedAccess' : 'Argument';
  return {
    message: e.message,
    errorId: prefix + kind + 'Error',
    category: e.code === 'ItemNotFound' ? 'ObjectNotFound' : e.code === 'InvalidPath' ? 'InvalidArgument' : 'PermissionDenied',
    targetObject: e.path,
    exceptionType:
      e.code === 'ItemNotFound' ? 'System.IO.DirectoryNotFoundException' : e.code === 'InvalidPath' ? 'System.ArgumentException' : 'System.UnauthorizedAccessException',
  };
}

/** The error of a cmdlet that opens a file itself (Export-Csv, Import-Clixml...): FileOpenFailure, OpenError. */
export function openFailure(e: FileSystemError): ErrorDetails {
  return { ...fileErrorDetails(e, ''), errorId: 'FileOpenFailure', category: 'OpenError' };
}

/** Splits text into lines as Get-Content does: CRLF, LF or CR; a final line break adds no empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
