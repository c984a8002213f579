/**
 * Join-Path, Split-Path and Resolve-Path (rvpa) as pwsh 7.6 has them on Windows: `\` the separator
 * (a `/` given is written as `\`), paths relative to the current location, wildcards expanded by
 * -Resolve and Resolve-Path, pwsh's errors for missing paths and drives.
 */
import { defineCmdlet, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { keyOf, parseAbsolute } from '../../src/model/paths';
import { absolutePath, driveError, pathInfo, pathValues, resolveItems } from './fs-items';

const CREDENTIAL: ParameterDeclaration = { name: 'Credential', type: 'PSCredential', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the file system provider does not use credentials' };

function strings(v: PSValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => stringOf(x as PSValue));
}

/** Joins as the FileSystem provider's MakePath: one `\` between the parts. */
function joinTwo(parent: string, child: string): string {
  const left = parent.replace(/\//g, '\\');
  const right = child.replace(/\//g, '\\');
  if (right === '') return left.endsWith('\\') ? left : left + '\\';
  return left.replace(/\\+$/, '') + '\\' + right.replace(/^\\+/, '');
}

export const joinPath = defineCmdlet({
  name: 'Join-Path',
  source: 'Microsoft.PowerShell.Management',
  outputType: ['System.String'],
  parameters: [
    { name: 'Path', type: 'String[]', aliases: ['PSPath'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'ChildPath', type: 'String[]', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true },
    { name: 'AdditionalChildPath', type: 'String[]', sets: { __AllParameterSets: { position: 2, valueFromRemainingArguments: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Resolve', type: 'SwitchParameter' },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Combines a path and a child path into a single path.',
    description: 'Joins each -Path with the child paths, one backslash between each part; -Resolve gives the full paths of the items it names (wildcards expanded).',
    examples: [{ code: 'Join-Path -Path C:\\Temp -ChildPath users.csv' }, { code: 'Join-Path a b c' }, { code: 'Join-Path C:\\Temp *.csv -Resolve' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/join-path',
  },
  process(ctx) {
    const children = [...strings(ctx.params['ChildPath']), ...strings(ctx.params['AdditionalChildPath'])];
    for (const p of strings(ctx.params['Path'])) {
      const joined = children.reduce(joinTwo, p.replace(/\//g, '\\'));
      const qualified = /^[A-Za-z]:/.test(joined) ? driveError(ctx.services.fs, `${joined[0]}:\\`) : null;
      if (qualified) {
        ctx.writeError(qualified);
        continue;
      }
      if (ctx.params['Resolve'] !== true) {
        ctx.writeObject(joined);
        continue;
      }
      const r = resolveItems(ctx, joined, false);
      if (r.error) ctx.writeError(r.error);
      for (const e of r.entries) ctx.writeObject(e.path);
    }
  },
});

/** Removes trailing separators, keeping a root's (`C:\`, `\`). */
function trimEnd(p: string): string {
  const t = p.replace(/\\+$/, '');
  return t === '' || /^[A-Za-z]:$/.test(t) ? p.slice(0, t.length + 1) || t : t;
}

function leafPart(p: string): string {
  const t = trimEnd(p).replace(/^[A-Za-z]:/, '');
  const i = t.lastIndexOf('\\');
  return i < 0 ? t : t.slice(i + 1);
}

function parentPart(p: string): string {
  const t = trimEnd(p);
  if (/^([A-Za-z]:)?\\?$/.test(t)) return '';
  const i = t.lastIndexOf('\\');
  if (i < 0) return /^[A-Za-z]:./.test(t) ? t.slice(0, 2) : '';
  const q = /^[A-Za-z]:\\/.test(t) ? 3 : t.startsWith('\\') && !t.startsWith('\\\\') ? 1 : 0;
  return i < q ? t.slice(0, q) : t.slice(0, Math.max(i, q));
}

/** .NET Path.GetExtension: the last `.` and what follows (`.hidden` of `.hidden`, none for `name.`). */
function extensionPart(leaf: string): string {
  const i = leaf.lastIndexOf('.');
  return i < 0 || i === leaf.length - 1 ? '' : leaf.slice(i);
}

const SPLIT_SETS = ['ParentSet', 'LeafSet', 'LeafBaseSet', 'ExtensionSet', 'QualifierSet', 'NoQualifierSet', 'IsAbsoluteSet'];

export const splitPath = defineCmdlet({
  name: 'Split-Path',
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'ParentSet',
  outputType: ['System.String', 'System.Boolean'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: Object.fromEntries(SPLIT_SETS.map((s) => [s, { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }])) },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPathSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Qualifier', type: 'SwitchParameter', sets: { QualifierSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'NoQualifier', type: 'SwitchParameter', sets: { NoQualifierSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Parent', type: 'SwitchParameter', sets: { ParentSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Leaf', type: 'SwitchParameter', sets: { LeafSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LeafBase', type: 'SwitchParameter', sets: { LeafBaseSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Extension', type: 'SwitchParameter', sets: { ExtensionSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Resolve', type: 'SwitchParameter' },
    { name: 'IsAbsolute', type: 'SwitchParameter', sets: { IsAbsoluteSet: { mandatory: true } } },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Returns the specified part of a path.',
    description: 'Writes the parent folder of a path (the default), its leaf, the leaf without extension, the extension, the drive qualifier, the path without it, or whether the path is absolute.',
    examples: [{ code: 'Split-Path C:\\Temp\\users.csv -Leaf' }, { code: 'Split-Path C:\\Temp\\users.csv -Extension' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/split-path',
  },
  process(ctx) {
    const { paths, literal } = pathValues(ctx);
    const set = ctx.parameterSetName;
    for (const given of paths) {
      let targets = [given.replace(/\//g, '\\')];
      if (ctx.params['Resolve'] === true) {
        const r = resolveItems(ctx, given, literal);
        if (r.error) ctx.writeError(r.error);
        targets = r.entries.map((e) => e.path);
      }
      for (const p of targets) {
        switch (set) {
          case 'LeafSet':
            ctx.writeObject(leafPart(p));
            break;
          case 'LeafBaseSet': {
            const leaf = leafPart(p);
            ctx.writeObject(leaf.slice(0, leaf.length - extensionPart(leaf).length));
            break;
          }
          case 'ExtensionSet':
            ctx.writeObject(extensionPart(leafPart(p)));
            break;
          case 'QualifierSet': {
            const q = /^([A-Za-z]:)/.exec(p);
            if (q) ctx.writeObject(q[1]!);
            else
              ctx.writeError({
                message: `Cannot parse path because path '${p}' does not have a qualifier specified.`,
                errorId: 'ParsePathFormatError',
                category: 'InvalidArgument',
                targetObject: p,
                exceptionType: 'System.FormatException',
              });
            break;
          }
          case 'NoQualifierSet':
            ctx.writeObject(p.replace(/^[A-Za-z]:/, ''));
            break;
          case 'IsAbsoluteSet':
            ctx.writeObject(/^[A-Za-z]:\\/.test(p) || p.startsWith('\\'));
            break;
          default:
            ctx.writeObject(parentPart(p));
        }
      }
    }
  },
});

/** The path of `target` relative to `base` as Resolve-Path -Relative writes it (`.\a\b`, `..\x`). */
export function relativePath(target: string, base: string): string {
  const t = parseAbsolute(target);
  const b = parseAbsolute(base);
  if (!t || !b || keyOf(t.root) !== keyOf(b.root)) return target;
  let common = 0;
  while (common < t.segments.length && common < b.segments.length && keyOf(t.segments[common]!) === keyOf(b.segments[common]!)) common++;
  // The location itself or a folder above it: pwsh 7.6 names it from its parent (`..\w`).
  if (common === t.segments.length && common > 0) common--;
  const ups = b.segments.length - common;
  const rest = t.segments.slice(common);
  if (ups === 0) return ['.', ...rest].join('\\');
  return [...Array<string>(ups).fill('..'), ...rest].join('\\');
}

export const resolvePathCmdlet = defineCmdlet({
  name: 'Resolve-Path',
  aliases: ['rvpa'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: ['System.Management.Automation.PathInfo', 'System.String'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Relative', type: 'SwitchParameter', sets: { Path: {}, LiteralPath: {} } },
    { name: 'RelativeBasePath', type: 'String' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'there are no hidden items' },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
    description: 'Writes the full path (a PathInfo) of each item the path names, wildcards expanded; -Relative writes it relative to the current location (or -RelativeBasePath).',
    examples: [{ code: 'Resolve-Path ~\\Desktop' }, { code: 'Resolve-Path *.csv -Relative' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/resolve-path',
  },
  process(ctx) {
    const { paths, literal } = pathValues(ctx);
    let base = ctx.services.fs.getLocation();
    if (ctx.params['RelativeBasePath'] !== undefined && ctx.params['RelativeBasePath'] !== null) {
      const r = absolutePath(ctx, stringOf(ctx.params['RelativeBasePath']));
      if (r.error) throw ctx.terminatingError(r.error);
      base = r.abs!;
    }
    const relative = ctx.params['Relative'] === true;
    for (const p of paths) {
      const r = resolveItems(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      for (const e of r.entries) ctx.writeObject(relative ? relativePath(e.path, base) : pathInfo(e.path));
    }
  },
});

export const pathCmdlets = [joinPath, splitPath, resolvePathCmdlet];
