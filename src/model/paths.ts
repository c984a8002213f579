/**
 * Windows path handling for the virtual file system: `C:\...` drive paths and `\\server\share\...`
 * UNC paths, `/` accepted as a separator, case-insensitive (keys are lower-case), `.`/`..`
 * collapsed, `~` as the home folder (as pwsh's FileSystem provider does).
 */

export interface ParsedPath {
  /** `C:\` or `\\server\share`. */
  root: string;
  /** Segments under the root, in the case given. */
  segments: string[];
}

// `s`: a name may hold a line break (Get-Item of "a`nb" is a path not found, not a defect).
const DRIVE = /^([A-Za-z]):(.*)$/s;
const UNC = /^\\\\([^\\]+)\\([^\\]+)(.*)$/s;

/** Splits an absolute path; null when it is not absolute. */
export function parseAbsolute(path: string): ParsedPath | null {
  const p = path.replace(/\//g, '\\');
  const unc = UNC.exec(p);
  if (unc) return { root: `\\\\${unc[1]}\\${unc[2]}`, segments: split(unc[3]!) };
  const drive = DRIVE.exec(p);
  if (drive && (drive[2] === '' || drive[2]!.startsWith('\\')))
    return { root: `${drive[1]!.toUpperCase()}:\\`, segments: split(drive[2]!) };
  return null;
}

function split(rest: string): string[] {
  return rest.split('\\').filter((s) => s.length > 0);
}

/** Collapses `.` and `..` (never above the root). */
function collapse(segments: string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s.replace(/[ .]+$/, '') || s);
  }
  return out;
}

export function format(p: ParsedPath): string {
  if (p.segments.length === 0) return p.root;
  return p.root.endsWith('\\') ? p.root + p.segments.join('\\') : `${p.root}\\${p.segments.join('\\')}`;
}

/** Resolves `path` against `location` (itself absolute) and `home`; returns the normalised absolute path. */
export function resolvePath(path: string, location: string, home: string): string | null {
  // A provider-qualified path (an item's PSPath, bound to -LiteralPath from the pipeline).
  let p = path.trim().replace(/^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i, '').replace(/\//g, '\\');
  if (p === '~' || p.startsWith('~\\')) p = home + p.slice(1);
  const abs = parseAbsolute(p);
  if (abs) return format({ root: abs.root, segments: collapse(abs.segments) });
  const base = parseAbsolute(location);
  if (!base) return null;
  if (/^[A-Za-z]:/.test(p)) {
    // `C:foo` (drive-relative): treat as relative to that drive's root.
    return format({ root: `${p[0]!.toUpperCase()}:\\`, segments: collapse(split(p.slice(2))) });
  }
  if (p.startsWith('\\')) return format({ root: base.root, segments: collapse(split(p)) });
  return format({ root: base.root, segments: collapse([...base.segments, ...split(p)]) });
}

export function keyOf(absolute: string): string {
  return absolute.toLowerCase();
}

/** Parent of a normalised absolute path, or null for a root. */
export function parentOf(absolute: string): string | null {
  const p = parseAbsolute(absolute);
  if (!p || p.segments.length === 0) return null;
  return format({ root: p.root, segments: p.segments.slice(0, -1) });
}

export function leafOf(absolute: string): string {
  const p = parseAbsolute(absolute);
  if (!p || p.segments.length === 0) return absolute;
  return p.segments[p.segments.length - 1]!;
}

export function isRoot(absolute: string): boolean {
  const p = parseAbsolute(absolute);
  return !!p && p.segments.length === 0;
}
