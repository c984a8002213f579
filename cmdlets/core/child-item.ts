/**
 * Get-ChildItem (gci, dir, ls) as pwsh 7.6 has it: the items in a folder (folders first, then
 * files), -Recurse listing each level before going into its folders, -Depth, -Filter/-Include/
 * -Exclude on names, -File/-Directory, -Name giving paths relative to the folder listed.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { leafOf } from '../../src/model/paths';
import { hasWildcard } from './property-expressions';
import { childrenOf, itemObject, nameFilter, pathValues, resolveItems, type FsEntry } from './fs-items';

export const getChildItem = defineCmdlet({
  name: 'Get-ChildItem',
  aliases: ['gci', 'dir', 'ls'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Items',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo', 'System.String'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { Items: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralItems: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Filter', type: 'String', sets: { __AllParameterSets: { position: 1 } } },
    { name: 'Include', type: 'String[]' },
    { name: 'Exclude', type: 'String[]' },
    { name: 'Recurse', type: 'SwitchParameter', aliases: ['s', 'r'] },
    { name: 'Depth', type: 'UInt32' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'the virtual disk has no hidden or system items' },
    { name: 'Name', type: 'SwitchParameter' },
    { name: 'Attributes', type: 'FlagsExpression[FileAttributes]', noEffect: 'use -File or -Directory' },
    { name: 'FollowSymlink', type: 'SwitchParameter', noEffect: 'the virtual disk has no links' },
    { name: 'Directory', type: 'SwitchParameter', aliases: ['ad'] },
    { name: 'File', type: 'SwitchParameter', aliases: ['af'] },
    { name: 'Hidden', type: 'SwitchParameter', aliases: ['ah', 'h'] },
    { name: 'ReadOnly', type: 'SwitchParameter', aliases: ['ar'] },
    { name: 'System', type: 'SwitchParameter', aliases: ['as'] },
  ],
  help: {
    synopsis: 'Gets the items and child items in one or more specified locations.',
    description:
      'Lists the files and folders of a folder (the current location by default), folders first. -Recurse goes into every subfolder (-Depth limits how deep); -Filter, -Include and -Exclude match names; -File and -Directory keep one kind; -Name writes relative paths instead of items.',
    examples: [
      { code: 'Get-ChildItem' },
      { code: 'Get-ChildItem -Path C:\\Temp -Filter *.csv -Recurse' },
      { code: 'Get-ChildItem -Name -Recurse -File' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-childitem',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const { paths, literal } = pathValues(ctx, '.');
    const matches = nameFilter(ctx);
    // Hidden, read-only and system items: the virtual disk has none.
    const none = ctx.params['Hidden'] === true || ctx.params['ReadOnly'] === true || ctx.params['System'] === true;
    const kind = (e: FsEntry) => (ctx.params['File'] === true ? !e.isDirectory : ctx.params['Directory'] === true ? e.isDirectory : true);
    const maxDepth = ctx.bound('Depth') ? Number(ctx.params['Depth']) : ctx.params['Recurse'] === true ? Infinity : 0;
    const asName = ctx.params['Name'] === true;
    const emit = (e: FsEntry, relative: string) => {
      if (none || !kind(e) || !matches(leafOf(e.path))) return;
      ctx.writeObject(asName ? relative : itemObject(fs, e));
    };
    const walk = (dir: string, prefix: string, depth: number) => {
      const children = childrenOf(fs, dir);
      for (const c of children) emit(c, prefix + leafOf(c.path));
      if (depth >= maxDepth) return;
      for (const c of children) if (c.isDirectory) walk(c.path, `${prefix}${leafOf(c.path)}\\`, depth + 1);
    };
    for (const p of paths) {
      const r = resolveItems(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      // A wildcard path lists what it matches (folders as items); with -Recurse a matched folder is
      // listed all the way down, as a literal folder path always is (pwsh 7.6).
      const wildcard = !literal && hasWildcard(p);
      for (const e of r.entries) {
        if (e.isDirectory && (!wildcard || maxDepth > 0)) walk(e.path, '', 0);
        else emit(e, leafOf(e.path));
      }
    }
  },
});

export const getItem = defineCmdlet({
  name: 'Get-Item',
  aliases: ['gi'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Filter', type: 'String' },
    { name: 'Include', type: 'String[]' },
    { name: 'Exclude', type: 'String[]' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'the virtual disk has no hidden or system items' },
    { name: 'Credential', type: 'PSCredential', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the file system provider does not use credentials' },
  ],
  help: {
    synopsis: 'Gets the item at the specified location.',
    description: 'Writes the file or folder a path names (each match of a wildcard path) as a FileInfo or DirectoryInfo object.',
    examples: [{ code: 'Get-Item C:\\Temp\\users.csv' }, { code: 'Get-Item *.csv | Select-Object Name, Length' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-item',
  },
  process(ctx) {
    const { paths, literal } = pathValues(ctx);
    const matches = nameFilter(ctx);
    for (const p of paths) {
      const r = resolveItems(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      for (const e of r.entries) if (matches(leafOf(e.path))) ctx.writeObject(itemObject(ctx.services.fs, e));
    }
  },
});

export const childItemCmdlets = [getChildItem, getItem];
