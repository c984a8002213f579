/**
 * Export-Clixml and Import-Clixml (Export-Clixml.md, Import-Clixml.md): files in PowerShell's CliXml
 * format, compatible with what pwsh writes and reads (see src/engine/serialization/clixml).
 */
import { defineCmdlet, type CmdletDefinition } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { type PSValue } from '../../src/engine/values';
import { fromClixml, toClixml } from '../../src/engine/serialization/clixml';
import { secretKeeperOf } from '../../src/engine/secrets';
import { SecureStringCryptoError } from '../../src/engine/secure-string-crypto';
import { DataFormatError, dataMessage } from '../../src/engine/serialization/messages';
import { openFailure, pathArgs, resolveExisting } from './file-io';

const exportClixml = defineCmdlet({
  name: 'Export-Clixml',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Depth', type: 'Int32', validateRange: [1, 2147483647] },
    { name: 'Path', type: 'String', sets: { ByPath: { position: 0, mandatory: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true } } },
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true } }, allowNull: true },
    { name: 'Force', type: 'SwitchParameter' },
    { name: 'NoClobber', type: 'SwitchParameter', aliases: ['NoOverwrite'] },
    { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', noEffect: 'files are always UTF-8 in the emulator' },
  ],
  help: {
    synopsis: 'Creates an XML-based representation of an object or objects and stores it in a file.',
    description: 'Serializes the input objects to a CliXml file, which Import-Clixml (here or in pwsh) turns back into objects.',
    examples: [
      { code: 'Get-Credential | Export-Clixml -Path C:\\Users\\Administrator\\cred.xml' },
      { code: 'Get-MigrationBatch | Export-Clixml .\\batches.xml -Depth 3' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml',
  },
  begin(ctx) {
    ctx.state['items'] = [];
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
    if (input !== undefined) (ctx.state['items'] as PSValue[]).push(input);
  },
  end(ctx) {
    const fs = ctx.services.fs;
    const path = pathArgs(ctx).paths[0] ?? '';
    try {
      const abs = fs.resolve(path);
      if (ctx.params['NoClobber'] === true && fs.exists(abs)) {
        throw ctx.terminatingError({
          message: dataMessage('FileExists', abs),
          errorId: 'NoClobber',
          category: 'ResourceExists',
          targetObject: abs,
          exceptionType: 'System.IO.IOException',
        });
      }
      if (!ctx.shouldProcess(abs)) return;
      const depth = ctx.bound('Depth') ? Number(ctx.params['Depth']) : 2;
      fs.writeText(abs, toClixml(ctx.state['items'] as PSValue[], { depth, secureStrings: secretKeeperOf(ctx.services) }));
    } catch (e) {
      if (e instanceof FileSystemError) throw ctx.terminatingError(openFailure(e));
      throw e;
    }
  },
});

const importClixml = defineCmdlet({
  name: 'Import-Clixml',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'ByPath',
  parameters: [
    { name: 'Path', type: 'String[]', sets: { ByPath: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'IncludeTotalCount', type: 'SwitchParameter' },
    { name: 'Skip', type: 'UInt64' },
    { name: 'First', type: 'UInt64' },
  ],
  help: {
    synopsis: 'Imports a CLIXML file and creates corresponding objects in PowerShell.',
    description: 'Reads a CliXml file; objects come back with Deserialized.<type> names, credentials as PSCredential objects.',
    examples: [{ code: '$cred = Import-Clixml -Path C:\\Users\\Administrator\\cred.xml' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/import-clixml',
  },
  process(ctx) {
    const { paths, literal } = pathArgs(ctx);
    const fs = ctx.services.fs;
    for (const p of paths) {
      const r = resolveExisting(ctx, p, literal);
      if (r.error) {
        const target = String(r.error.targetObject);
        ctx.writeError({ message: dataMessage('FileNotFound', target), errorId: 'FileOpenFailure', category: 'OpenError', targetObject: target, exceptionType: 'System.IO.FileNotFoundException' });
        continue;
      }
      for (const abs of r.paths) {
        let values: PSValue[];
        try {
          values = fromClixml(fs.readText(abs), { secureStrings: secretKeeperOf(ctx.services) });
        } catch (e) {
          if (e instanceof FileSystemError) {
            ctx.writeError(openFailure(e));
            continue;
          }
          // A `<SS>` protected under another world's key: DPAPI's words for a blob of another user or machine.
          if (e instanceof SecureStringCryptoError)
            throw ctx.terminatingError({ message: e.message, errorId: 'System.Security.Cryptography.CryptographicException', category: 'NotSpecified', exceptionType: 'System.Security.Cryptography.CryptographicException' });
          if (e instanceof DataFormatError) {
            // pwsh's reader streams: the objects complete before a malformed part are written first.
            const before = (e.readBefore ?? []) as PSValue[];
            const skip = ctx.bound('Skip') ? Number(ctx.params['Skip']) : 0;
            for (const v of before.slice(skip, skip + (ctx.bound('First') ? Number(ctx.params['First']) : Infinity))) ctx.writeObject(v);
            throw ctx.terminatingError({ message: e.message, errorId: 'System.Xml.XmlException', category: 'NotSpecified', exceptionType: 'System.Xml.XmlException', targetObject: abs });
          }
          throw e;
        }
        const skip = ctx.bound('Skip') ? Number(ctx.params['Skip']) : 0;
        const first = ctx.bound('First') ? Number(ctx.params['First']) : Infinity;
        if (ctx.params['IncludeTotalCount'] === true) ctx.writeObject(values.length);
        for (const v of values.slice(skip, skip + first)) ctx.writeObject(v);
      }
    }
  },
});

export const clixmlCmdlets: CmdletDefinition[] = [exportClixml, importClixml];
export default clixmlCmdlets;
