/**
 * Tee-Object (tee) and Out-File: Tee passes its input on and also saves it in a variable or a file;
 * Out-File writes what the console would show (Out-String's text) to a file.
 * Reference: pwsh's Tee-Object and Out-File documentation (Microsoft.PowerShell.Utility).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { stringOf, type PSValue } from '../../src/engine/values';
import { outString } from '../../src/formatting/out-default';
import { dataMessage } from '../../src/engine/serialization/messages';
import { NEWLINE, openFailure } from './file-io';
import { withSequenceErrors } from '../../src/formatting/sequence';

function inputOf(ctx: CmdletContext): PSValue | undefined {
  return ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
}

/** The formatted text of values with CRLF line ends, as written to a file. */
export function formattedFileText(values: PSValue[], width: number, noNewline = false): string {
  if (noNewline) return values.map((v) => stringOf(v)).join('');
  return withSequenceErrors(() => outString(values, width)).replace(/\r?\n/g, NEWLINE);
}

/** Writes formatted text to a file; errors are pwsh's (terminating, as Out-File opens the file first). */
function writeFormatted(ctx: CmdletContext, path: string, values: PSValue[], append: boolean, width: number, noNewline: boolean, errorPrefix: string): void {
  const fs = ctx.services.fs;
  try {
    const abs = fs.resolve(path);
    if (ctx.params['NoClobber'] === true && !append && fs.exists(abs))
      throw ctx.terminatingError({ message: dataMessage('FileExists', abs), errorId: 'NoClobber', category: 'ResourceExists', targetObject: abs, exceptionType: 'System.IO.IOException' });
    if (!ctx.shouldProcess(abs)) return;
    fs.writeText(abs, formattedFileText(values, width, noNewline), { append });
  } catch (e) {
    if (e instanceof FileSystemError) throw ctx.terminatingError({ ...openFailure(e), errorId: errorPrefix });
    throw e;
  }
}

const teeObject = defineCmdlet({
  name: 'Tee-Object',
  aliases: ['tee'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'File',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'FilePath', type: 'String', aliases: ['Path'], sets: { File: { position: 0, mandatory: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { LiteralFile: { mandatory: true } } },
    { name: 'Append', type: 'SwitchParameter', sets: { File: {}, LiteralFile: {} } },
    { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', sets: { File: {}, LiteralFile: {} }, noEffect: 'files are always UTF-8 in the emulator' },
    { name: 'Variable', type: 'String', sets: { Variable: { mandatory: true } } },
  ],
  help: {
    synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
    description: 'Passes each input object on unchanged and also stores the objects in a variable (-Variable) or writes their formatted text to a file (-FilePath, -Append).',
    examples: [
      { code: 'Get-MigrationUser | Tee-Object -Variable users | Measure-Object' },
      { code: 'Get-MigrationBatch | Tee-Object -FilePath C:\\Temp\\batches.txt' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/tee-object',
  },
  begin(ctx) {
    ctx.state['items'] = [];
  },
  process(ctx) {
    const input = inputOf(ctx);
    if (input === undefined) return;
    (ctx.state['items'] as PSValue[]).push(input);
    ctx.writeObject(input);
  },
  end(ctx) {
    const items = ctx.state['items'] as PSValue[];
    if (ctx.bound('Variable')) {
      ctx.session.setVariable(stringOf(ctx.params['Variable'] ?? ''), items.length === 1 ? items[0]! : items);
      return;
    }
    const path = ctx.bound('LiteralPath') ? stringOf(ctx.params['LiteralPath'] ?? '') : stringOf(ctx.params['FilePath'] ?? '');
    writeFormatted(ctx, path, items, ctx.params['Append'] === true, ctx.host.width(), false, 'FileOpenFailure');
  },
});

const outFile = defineCmdlet({
  name: 'Out-File',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    { name: 'FilePath', type: 'String', aliases: ['Path'], sets: { ByPath: { position: 0, mandatory: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true } } },
    { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', sets: { __AllParameterSets: { position: 1 } }, noEffect: 'files are always UTF-8 in the emulator' },
    { name: 'Append', type: 'SwitchParameter' },
    { name: 'Force', type: 'SwitchParameter' },
    { name: 'NoClobber', type: 'SwitchParameter', aliases: ['NoOverwrite'] },
    { name: 'Width', type: 'Int32', validateRange: [2, 2147483647] },
    { name: 'NoNewline', type: 'SwitchParameter' },
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
  ],
  help: {
    synopsis: 'Sends output to a file.',
    description: 'Writes the text the console would show for the input objects to a file (-Append adds to it; -Width sets the line width).',
    examples: [
      { code: 'Get-MigrationUser | Out-File -FilePath C:\\Temp\\users.txt' },
      { code: "'done' | Out-File .\\log.txt -Append" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/out-file',
  },
  begin(ctx) {
    ctx.state['items'] = [];
  },
  process(ctx) {
    const input = inputOf(ctx);
    if (input !== undefined) (ctx.state['items'] as PSValue[]).push(input);
  },
  end(ctx) {
    const path = ctx.bound('LiteralPath') ? stringOf(ctx.params['LiteralPath'] ?? '') : stringOf(ctx.params['FilePath'] ?? '');
    const width = ctx.bound('Width') ? Number(ctx.params['Width']) : ctx.host.width();
    writeFormatted(ctx, path, ctx.state['items'] as PSValue[], ctx.params['Append'] === true, width, ctx.params['NoNewline'] === true, 'FileOpenFailure');
  },
});

export const teeCmdlets: CmdletDefinition[] = [teeObject, outFile];
export default teeCmdlets;
