/**
 * ConvertTo-Json and ConvertFrom-Json (ConvertTo-Json.md; pwsh's ConvertFrom-Json documentation).
 * The text itself comes from src/engine/serialization/json (Newtonsoft's layout, pwsh's depth rule).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { fromJson, toJson, type JsonEscapeHandling } from '../../src/engine/serialization/json';
import { DataFormatError, dataMessage } from '../../src/engine/serialization/messages';

const convertToJson = defineCmdlet({
  name: 'ConvertTo-Json',
  source: 'Microsoft.PowerShell.Utility',
  outputType: ['System.String'],
  parameters: [
    { name: 'InputObject', type: 'Object', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true },
    { name: 'Depth', type: 'Int32', validateRange: [0, 100] },
    { name: 'Compress', type: 'SwitchParameter' },
    { name: 'EnumsAsStrings', type: 'SwitchParameter' },
    { name: 'AsArray', type: 'SwitchParameter' },
    { name: 'EscapeHandling', type: 'StringEscapeHandling', dotNetType: 'Newtonsoft.Json.StringEscapeHandling', enumValues: ['Default', 'EscapeNonAscii', 'EscapeHtml'] },
  ],
  help: {
    synopsis: 'Converts an object to a JSON-formatted string.',
    description:
      'Converts objects to JSON with two-space indentation; properties deeper than -Depth (default 2) are written as their string form, with a warning.',
    examples: [
      { code: "@{Account='User01';Domain='Domain01';Admin='True'} | ConvertTo-Json -Compress" },
      { code: 'Get-Date | ConvertTo-Json -AsArray' },
      { code: 'Get-MigrationBatch | ConvertTo-Json -Depth 5' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json',
  },
  begin(ctx) {
    ctx.state['items'] = [];
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
    if (input !== undefined) (ctx.state['items'] as PSValue[]).push(input);
  },
  end(ctx) {
    const items = ctx.state['items'] as PSValue[];
    if (!items.length) return;
    // Several inputs (or -AsArray) are written as one array, which then counts as the first level.
    const value: PSValue = items.length === 1 && ctx.params['AsArray'] !== true ? items[0]! : items;
    const depth = ctx.bound('Depth') ? Number(ctx.params['Depth']) : 2;
    const r = toJson(value, {
      depth,
      compress: ctx.params['Compress'] === true,
      enumsAsStrings: ctx.params['EnumsAsStrings'] === true,
      escapeHandling: ctx.bound('EscapeHandling') ? (stringOf(ctx.params['EscapeHandling'] ?? 'Default') as JsonEscapeHandling) : 'Default',
    });
    if (r.truncated) ctx.writeWarning(dataMessage('JsonMaxDepthReached', depth));
    ctx.writeObject(r.text);
  },
});

const convertFromJson = defineCmdlet({
  name: 'ConvertFrom-Json',
  source: 'Microsoft.PowerShell.Utility',
  outputType: ['System.Management.Automation.PSObject', 'System.Collections.Hashtable'],
  parameters: [
    { name: 'InputObject', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true },
    { name: 'AsHashtable', type: 'SwitchParameter' },
    { name: 'Depth', type: 'Int32', validateRange: [1, 2147483647], noEffect: 'nesting is not limited' },
    { name: 'NoEnumerate', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
    description: 'Reads JSON text (all pipeline strings joined) into PSCustomObjects (or hashtables with -AsHashtable); arrays are enumerated unless -NoEnumerate.',
    examples: [
      { code: "'{\"Name\":\"Pilar\",\"Items\":[1,2]}' | ConvertFrom-Json" },
      { code: 'Get-Content .\\settings.json -Raw | ConvertFrom-Json -AsHashtable' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertfrom-json',
  },
  begin(ctx) {
    ctx.state['text'] = [];
  },
  process(ctx) {
    (ctx.state['text'] as string[]).push(stringOf(ctx.params['InputObject'] ?? null));
  },
  end(ctx) {
    const parts = ctx.state['text'] as string[];
    const asHashtable = ctx.params['AsHashtable'] === true;
    // As pwsh: several inputs are separate documents when the first one parses on its own,
    // otherwise they are lines of one document.
    let documents = [parts.join('\n')];
    if (parts.length > 1) {
      try {
        fromJson(parts[0]!, { asHashtable });
        documents = parts;
      } catch {
        // the first part is not a document by itself: keep the joined text
      }
    }
    for (const text of documents) convertOne(ctx, text, asHashtable);
  },
});

function convertOne(ctx: CmdletContext, text: string, asHashtable: boolean): void {
  let value: PSValue;
  try {
    value = fromJson(text, { asHashtable });
  } catch (e) {
    if (!(e instanceof DataFormatError)) throw e;
    const casing = e.id === 'JsonDuplicateKeysDifferentCasing' || e.id === 'JsonEmptyKey';
    throw ctx.terminatingError({
      message: casing ? e.message : dataMessage('JsonDeserializationFailed', e.message),
      errorId: casing ? 'DuplicateKeysInJsonString' : 'System.ArgumentException',
      category: casing ? 'InvalidOperation' : 'NotSpecified',
      exceptionType: casing ? 'System.InvalidOperationException' : 'System.ArgumentException',
    });
  }
  ctx.writeObject(value, ctx.params['NoEnumerate'] !== true);
}

export const jsonCmdlets: CmdletDefinition[] = [convertToJson, convertFromJson];
export default jsonCmdlets;
