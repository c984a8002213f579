/**
 * Get-Content (gc, cat, type), Set-Content (sc), Add-Content (ac), Test-Path and Out-File over the
 * session's FileSystem (ctx.services.fs). Text is UTF-8 with CRLF line ends; -Encoding is accepted.
 * Missing files fail as pwsh does: `Cannot find path 'C:\x.txt' because it does not exist.`
 * (PathNotFound, ObjectNotFound).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { PSDateTime, stringOf, type PSValue } from '../../src/engine/values';
import { dataMessage } from '../../src/engine/serialization/messages';
import { NEWLINE, fileErrorDetails, pathArgs, resolveExisting, splitLines } from './file-io';

const ENCODINGS = ['ascii', 'ansi', 'bigendianunicode', 'bigendianutf32', 'oem', 'unicode', 'utf7', 'utf8', 'utf8BOM', 'utf8NoBOM', 'utf32', 'default', 'byte', 'string', 'unknown'];
const ENCODING: ParameterDeclaration = {
  name: 'Encoding',
  type: 'String',
  dotNetType: 'System.Text.Encoding',
  validateSet: ENCODINGS,
  noEffect: 'files are always UTF-8 in the emulator',
};
const PATH_PARAMS: ParameterDeclaration[] = [
  { name: 'Path', type: 'String[]', sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
  { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
];
const FILTERS: ParameterDeclaration[] = [
  { name: 'Filter', type: 'String', noEffect: 'use wildcards in -Path' },
  { name: 'Include', type: 'String[]', noEffect: 'use wildcards in -Path' },
  { name: 'Exclude', type: 'String[]', noEffect: 'use wildcards in -Path' },
  { name: 'Force', type: 'SwitchParameter' },
  { name: 'Credential', type: 'PSCredential', noEffect: 'the file system provider does not use credentials' },
];

function onFsError<T>(ctx: CmdletContext, prefix: string, action: () => T): T | undefined {
  try {
    return action();
  } catch (e) {
    if (e instanceof FileSystemError) {
      ctx.writeError(fileErrorDetails(e, prefix));
      return undefined;
    }
    throw e;
  }
}

const getContent = defineCmdlet({
  name: 'Get-Content',
  aliases: ['gc', 'cat', 'type'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: ['System.String', 'System.Byte'],
  parameters: [
    ...PATH_PARAMS,
    { name: 'ReadCount', type: 'Int64', noEffect: 'lines are always written one by one' },
    { name: 'TotalCount', type: 'Int64', aliases: ['First', 'Head'] },
    { name: 'Tail', type: 'Int32', aliases: ['Last'] },
    { name: 'Raw', type: 'SwitchParameter' },
    { name: 'Delimiter', type: 'String' },
    { name: 'Wait', type: 'SwitchParameter', noEffect: 'files do not change while a command runs' },
    { name: 'AsByteStream', type: 'SwitchParameter' },
    ENCODING,
    ...FILTERS,
  ],
  help: {
    synopsis: 'Gets the content of the item at the specified location.',
    description: 'Reads a text file and writes one string per line, or the whole text with -Raw; -TotalCount and -Tail limit the lines.',
    examples: [
      { title: 'Read a CSV file', code: 'Get-Content -Path C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv' },
      { title: 'First lines', code: 'Get-Content .\\log.txt -TotalCount 5' },
      { title: 'Whole text', code: 'Get-Content .\\users.json -Raw | ConvertFrom-Json' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-content',
  },
  process(ctx) {
    const { paths, literal } = pathArgs(ctx);
    for (const p of paths) {
      const r = resolveExisting(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      for (const abs of r.paths) {
        if (ctx.services.fs.isDirectory(abs)) {
          ctx.writeError({
            message: dataMessage('GetContentDirectory', abs),
            errorId: 'GetContentReaderUnauthorizedAccessError',
            category: 'PermissionDenied',
            targetObject: abs,
          });
          continue;
        }
        if (ctx.params['AsByteStream'] === true) {
          const bytes = onFsError(ctx, 'GetContentReader', () => ctx.services.fs.readBytes(abs));
          if (bytes) for (const b of bytes) ctx.writeObject(b);
          continue;
        }
        const text = onFsError(ctx, 'GetContentReader', () => ctx.services.fs.readText(abs));
        if (text === undefined) continue;
        if (ctx.params['Raw'] === true) {
          if (text !== '') ctx.writeObject(text);
          continue;
        }
        let lines = ctx.bound('Delimiter') ? splitOn(text, stringOf(ctx.params['Delimiter'] ?? '')) : splitLines(text);
        if (ctx.bound('TotalCount') && Number(ctx.params['TotalCount']) >= 0) lines = lines.slice(0, Number(ctx.params['TotalCount']));
        if (ctx.bound('Tail')) lines = Number(ctx.params['Tail']) === 0 ? [] : lines.slice(-Number(ctx.params['Tail']));
        for (const line of lines) ctx.writeObject(line);
      }
    }
  },
});

/** -Delimiter: each chunk keeps its delimiter, as pwsh does. */
function splitOn(text: string, delimiter: string): string[] {
  if (!delimiter) return [text];
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, start)) {
    out.push(text.slice(start, i + delimiter.length));
    start = i + delimiter.length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The text a value contributes to Set-Content/Add-Content: one line per element. */
function contentLines(v: PSValue): string[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => contentLines(x));
  return [stringOf(v)];
}

function writer(name: 'Set-Content' | 'Add-Content', alias: string, append: boolean): CmdletDefinition {
  return defineCmdlet({
    name,
    aliases: [alias],
    source: 'Microsoft.PowerShell.Management',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      ...PATH_PARAMS,
      { name: 'Value', type: 'Object[]', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true },
      { name: 'PassThru', type: 'SwitchParameter' },
      { name: 'NoNewline', type: 'SwitchParameter' },
      { name: 'AsByteStream', type: 'SwitchParameter' },
      ENCODING,
      ...FILTERS,
    ],
    help: {
      synopsis: append ? 'Adds content to the specified items, such as adding words to a file.' : 'Writes new content or replaces existing content in a file.',
      description: append
        ? 'Appends each value as a line to the file, creating it when missing.'
        : 'Replaces the contents of the file with each value as a line, creating the file when missing.',
      examples: [{ code: `'One', 'Two' | ${name} -Path C:\\Temp\\tmp.txt` }],
      onlineUri: `https://learn.microsoft.com/powershell/module/microsoft.powershell.management/${name.toLowerCase()}`,
    },
    begin(ctx) {
      ctx.state['lines'] = [];
    },
    process(ctx) {
      const lines = ctx.state['lines'] as string[];
      lines.push(...contentLines(ctx.params['Value'] ?? null));
      if (ctx.params['PassThru'] === true) for (const l of contentLines(ctx.params['Value'] ?? null)) ctx.writeObject(l);
    },
    end(ctx) {
      const lines = ctx.state['lines'] as string[];
      const noNewline = ctx.params['NoNewline'] === true;
      const text = noNewline ? lines.join('') : lines.map((l) => l + NEWLINE).join('');
      const { paths, literal } = pathArgs(ctx);
      const fs = ctx.services.fs;
      for (const p of paths) {
        // Existing wildcard matches are written; a plain path is created when missing.
        const targets = literal || !/[*?[]/.test(p) ? [p] : resolveExisting(ctx, p, false).paths;
        for (const t of targets) {
          const abs = onFsError(ctx, append ? 'AddContentWriter' : 'GetContentWriter', () => fs.resolve(t));
          if (abs === undefined) continue;
          if (!ctx.shouldProcess(abs, append ? 'Add Content' : 'Set Content')) continue;
          onFsError(ctx, 'GetContentWriter', () => fs.writeText(abs, text, { append }));
        }
      }
    },
  });
}

const testPath = defineCmdlet({
  name: 'Test-Path',
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: ['System.Boolean'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, allowEmptyString: true },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'PathType', type: 'TestPathType', dotNetType: 'Microsoft.PowerShell.Commands.TestPathType', aliases: ['Type'], enumValues: ['Any', 'Container', 'Leaf'] },
    { name: 'IsValid', type: 'SwitchParameter' },
    { name: 'OlderThan', type: 'DateTime', dotNetType: 'System.Nullable`1[System.DateTime]' },
    { name: 'NewerThan', type: 'DateTime', dotNetType: 'System.Nullable`1[System.DateTime]' },
    // pwsh 7.6's Test-Path has no -Force.
    ...FILTERS.filter((p) => p.name !== 'Force'),
  ],
  help: {
    synopsis: 'Determines whether all elements of a path exist.',
    description: 'Returns $true when the path exists (and, with -PathType, is a file (Leaf) or a folder (Container)); $false otherwise.',
    examples: [
      { code: 'Test-Path -Path C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv' },
      { code: 'Test-Path -Path C:\\Temp -PathType Container' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/test-path',
  },
  process(ctx) {
    const { paths, literal } = pathArgs(ctx);
    const fs = ctx.services.fs;
    const type = stringOf(ctx.params['PathType'] ?? 'Any').toLowerCase();
    for (const p of paths) {
      if (p.trim() === '') {
        ctx.writeObject(false);
        continue;
      }
      let ok: boolean;
      try {
        if (ctx.params['IsValid'] === true) {
          fs.resolve(p);
          ok = true;
        } else {
          const found = resolveExisting(ctx, p, literal).paths;
          ok =
            found.length > 0 &&
            found.some((f) => (type === 'leaf' ? !fs.isDirectory(f) : type === 'container' ? fs.isDirectory(f) : true) && inTimeRange(ctx, f));
        }
      } catch (e) {
        if (!(e instanceof FileSystemError)) throw e;
        ok = false;
      }
      ctx.writeObject(ok);
    }
  },
});

/** -NewerThan / -OlderThan: compares the item's LastWriteTime (read from its folder's listing). */
function inTimeRange(ctx: CmdletContext, path: string): boolean {
  const newer = ctx.params['NewerThan'];
  const older = ctx.params['OlderThan'];
  if (!(newer instanceof PSDateTime) && !(older instanceof PSDateTime)) return true;
  const i = path.lastIndexOf('\\');
  if (i < 0) return false;
  const parent = path.slice(0, i) || path.slice(0, i + 1);
  const entry = ctx.services.fs.list(parent.endsWith(':') ? parent + '\\' : parent).find((e) => e.name.toLowerCase() === path.slice(i + 1).toLowerCase());
  if (!entry) return false;
  if (newer instanceof PSDateTime && !(entry.lastWriteTime > newer.ms)) return false;
  if (older instanceof PSDateTime && !(entry.lastWriteTime < older.ms)) return false;
  return true;
}

export const contentCmdlets: CmdletDefinition[] = [getContent, writer('Set-Content', 'sc', false), writer('Add-Content', 'ac', true), testPath];
export default contentCmdlets;
