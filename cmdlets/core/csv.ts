/**
 * ConvertTo-Csv, ConvertFrom-Csv, Export-Csv (epcsv), Import-Csv (ipcsv) with pwsh 7 rules
 * (Export-Csv.md, Import-Csv.md): every field quoted unless -UseQuotes/-QuoteFields say otherwise,
 * no #TYPE line unless -IncludeTypeInformation, headers from the first object, -Delimiter,
 * -Header, -Append (columns from the existing file's header). Text lives in src/engine/serialization/csv.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { stringOf, type PSValue } from '../../src/engine/values';
import {
  csvColumns,
  csvHeaderLine,
  csvRowLine,
  csvTypeLine,
  parseCsv,
  splitCsvRecords,
  type CsvWriteOptions,
  type QuoteKind,
} from '../../src/engine/serialization/csv';
import { DataFormatError, dataMessage } from '../../src/engine/serialization/messages';
import { NEWLINE, openFailure, pathArgs, resolveExisting } from './file-io';

const WRITE_PARAMS: ParameterDeclaration[] = [
  { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
  { name: 'Delimiter', type: 'Char', sets: { Delimiter: { position: 1 } } },
  { name: 'UseCulture', type: 'SwitchParameter', sets: { UseCulture: { mandatory: true } } },
  { name: 'IncludeTypeInformation', type: 'SwitchParameter', aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: 'SwitchParameter', aliases: ['NTI'], noEffect: 'the default since PowerShell 6' },
  { name: 'QuoteFields', type: 'String[]', aliases: ['QF'] },
  { name: 'UseQuotes', type: 'QuoteKind', dotNetType: 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind', aliases: ['UQ'], enumValues: ['Never', 'Always', 'AsNeeded'] },
  { name: 'NoHeader', type: 'SwitchParameter' },
];

const ENCODING: ParameterDeclaration = { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', noEffect: 'files are always UTF-8 in the emulator' };

function writeOptions(ctx: CmdletContext): CsvWriteOptions {
  return {
    delimiter: ctx.bound('Delimiter') ? stringOf(ctx.params['Delimiter'] ?? ',').charAt(0) || ',' : ',',
    useQuotes: ctx.bound('UseQuotes') ? (stringOf(ctx.params['UseQuotes'] ?? 'Always') as QuoteKind) : 'Always',
    quoteFields: ctx.bound('QuoteFields') ? ([] as PSValue[]).concat(ctx.params['QuoteFields'] ?? []).map((f) => stringOf(f)) : undefined,
  };
}

interface CsvWriterState {
  columns: string[] | null;
  lines: string[];
}

/** Lines for one input object (header lines come with the first object). */
function linesFor(ctx: CmdletContext, st: CsvWriterState, input: PSValue, opts: CsvWriteOptions): string[] {
  const out: string[] = [];
  if (st.columns === null) {
    st.columns = csvColumns(input);
    if (ctx.params['IncludeTypeInformation'] === true) out.push(csvTypeLine(input));
    if (ctx.params['NoHeader'] !== true) out.push(csvHeaderLine(st.columns, opts));
  }
  out.push(csvRowLine(input, st.columns, opts));
  return out;
}

function inputOf(ctx: CmdletContext): PSValue | undefined {
  return ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? ctx.params['InputObject']! : undefined;
}

const convertToCsv = defineCmdlet({
  name: 'ConvertTo-Csv',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.String'],
  parameters: WRITE_PARAMS,
  help: {
    synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
    description: 'Writes a header line with the first object property names, then one quoted line per object.',
    examples: [{ code: 'Get-MigrationUser | Select-Object Identity, Status | ConvertTo-Csv' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-csv',
  },
  begin(ctx) {
    ctx.state['csv'] = { columns: null, lines: [] } satisfies CsvWriterState;
  },
  process(ctx) {
    const input = inputOf(ctx);
    if (input === undefined || input === null) return;
    for (const line of linesFor(ctx, ctx.state['csv'] as CsvWriterState, input, writeOptions(ctx))) ctx.writeObject(line);
  },
});

const exportCsv = defineCmdlet({
  name: 'Export-Csv',
  aliases: ['epcsv'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  supportsShouldProcess: true,
  parameters: [
    ...WRITE_PARAMS,
    { name: 'Path', type: 'String', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'] },
    { name: 'Force', type: 'SwitchParameter' },
    { name: 'NoClobber', type: 'SwitchParameter', aliases: ['NoOverwrite'] },
    { name: 'Append', type: 'SwitchParameter' },
    ENCODING,
  ],
  help: {
    synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
    description: 'Writes the objects as CSV to a file: a header line from the first object, then one line per object.',
    examples: [
      { code: 'Get-MigrationUser | Select-Object Identity, Status | Export-Csv -Path C:\\Users\\Administrator\\Desktop\\users.csv' },
      { code: "[pscustomobject]@{EmailAddress='pilarp@contoso.com'} | Export-Csv .\\StagedBatch1.csv -Append" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-csv',
  },
  begin(ctx) {
    const st: CsvWriterState = { columns: null, lines: [] };
    const fs = ctx.services.fs;
    const path = pathArgs(ctx).paths[0] ?? '';
    if (ctx.params['Append'] === true) {
      try {
        const abs = fs.resolve(path);
        if (fs.exists(abs) && !fs.isDirectory(abs)) {
          // -Append keeps the columns of the file's header line.
          const text = fs.readText(abs);
          const records = splitCsvRecords(text, writeOptions(ctx).delimiter).filter((r) => !(r.length === 1 && r[0] === ''));
          const header = records.find((r) => !r[0]?.startsWith('#TYPE'));
          if (header) st.columns = header;
          if (text !== '' && !text.endsWith('\n')) ctx.state['leadingNewline'] = true;
        }
      } catch (e) {
        if (!(e instanceof FileSystemError)) throw e;
      }
    }
    ctx.state['csv'] = st;
  },
  process(ctx) {
    const input = inputOf(ctx);
    if (input === undefined || input === null) return;
    const st = ctx.state['csv'] as CsvWriterState;
    st.lines.push(...linesFor(ctx, st, input, writeOptions(ctx)));
  },
  end(ctx) {
    const st = ctx.state['csv'] as CsvWriterState;
    const fs = ctx.services.fs;
    const path = pathArgs(ctx).paths[0] ?? '';
    const append = ctx.params['Append'] === true;
    try {
      const abs = fs.resolve(path);
      if (ctx.params['NoClobber'] === true && !append && fs.exists(abs))
        throw ctx.terminatingError({ message: dataMessage('FileExists', abs), errorId: 'NoClobber', category: 'ResourceExists', targetObject: abs, exceptionType: 'System.IO.IOException' });
      if (!ctx.shouldProcess(abs)) return;
      const body = (ctx.state['leadingNewline'] && st.lines.length ? NEWLINE : '') + st.lines.map((l) => l + NEWLINE).join('');
      fs.writeText(abs, body, { append });
    } catch (e) {
      if (e instanceof FileSystemError) throw ctx.terminatingError(openFailure(e));
      throw e;
    }
  },
});

/** Reports a CSV parse failure (duplicate headers...) as pwsh does. */
function csvFailure(ctx: CmdletContext, e: unknown): never {
  if (e instanceof DataFormatError)
    throw ctx.terminatingError({ message: e.message, errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd', category: 'NotSpecified', exceptionType: 'System.Management.Automation.ExtendedTypeSystemException' });
  throw e;
}

function emitParsed(ctx: CmdletContext, text: string, header: string[] | undefined): void {
  let result;
  try {
    result = parseCsv(text, { delimiter: ctx.bound('Delimiter') ? stringOf(ctx.params['Delimiter'] ?? ',').charAt(0) || ',' : ',', header });
  } catch (e) {
    csvFailure(ctx, e);
  }
  if (result.defaultedHeaders) ctx.writeWarning(dataMessage('CsvDefaultedHeaders'));
  for (const o of result.objects) ctx.writeObject(o);
}

function headerArg(ctx: CmdletContext): string[] | undefined {
  return ctx.bound('Header') ? ([] as PSValue[]).concat(ctx.params['Header'] ?? []).map((h) => stringOf(h)) : undefined;
}

const READ_PARAMS: ParameterDeclaration[] = [
  { name: 'Delimiter', type: 'Char', sets: { Delimiter: { position: 1 } } },
  { name: 'UseCulture', type: 'SwitchParameter', sets: { UseCulture: { mandatory: true } } },
  { name: 'Header', type: 'String[]' },
];

const convertFromCsv = defineCmdlet({
  name: 'ConvertFrom-Csv',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'InputObject', type: 'PSObject[]', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    ...READ_PARAMS,
  ],
  help: {
    synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
    description: 'Reads CSV lines (a header line first, unless -Header is given) and writes one object per record with string properties.',
    examples: [{ code: "'EmailAddress', 'pilarp@contoso.com' | ConvertFrom-Csv" }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertfrom-csv',
  },
  begin(ctx) {
    ctx.state['lines'] = [];
  },
  process(ctx) {
    const raw = ctx.params['InputObject'];
    const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    (ctx.state['lines'] as string[]).push(...items.map((x) => stringOf(x)));
  },
  end(ctx) {
    const lines = ctx.state['lines'] as string[];
    if (lines.length) emitParsed(ctx, lines.join('\n'), headerArg(ctx));
  },
});

const importCsv = defineCmdlet({
  name: 'Import-Csv',
  aliases: ['ipcsv'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.Object'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { __AllParameterSets: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    ...READ_PARAMS,
    ENCODING,
  ],
  help: {
    synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
    description: 'Reads a CSV file and writes one object per record, with a property per column (header line or -Header).',
    examples: [
      { code: 'Import-Csv -Path C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv' },
      { code: "Import-Csv .\\Projects.csv -Header 'LinkID', 'TopicTitle'" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/import-csv',
  },
  process(ctx) {
    const { paths, literal } = pathArgs(ctx);
    const fs = ctx.services.fs;
    for (const p of paths) {
      const r = resolveExisting(ctx, p, literal);
      if (r.error) {
        // Import-Csv opens the file itself: pwsh reports a FileOpenFailure with .NET's wording.
        const target = String(r.error.targetObject);
        ctx.writeError({
          message: dataMessage('FileNotFound', target),
          errorId: 'FileOpenFailure',
          category: 'OpenError',
          targetObject: target,
          exceptionType: 'System.IO.FileNotFoundException',
        });
        continue;
      }
      for (const abs of r.paths) {
        let text: string;
        try {
          text = fs.readText(abs);
        } catch (e) {
          if (e instanceof FileSystemError) {
            ctx.writeError(openFailure(e));
            continue;
          }
          throw e;
        }
        emitParsed(ctx, text, headerArg(ctx));
      }
    }
  },
});

export const csvCmdlets: CmdletDefinition[] = [convertToCsv, convertFromCsv, exportCsv, importCsv];
export default csvCmdlets;
