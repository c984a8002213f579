/**
 * New-Item (ni), Remove-Item (ri, rm, del, erase, rd, rmdir), Copy-Item (copy, cp, cpi),
 * Move-Item (move, mv, mi) and Rename-Item (ren, rni) over ctx.services.fs, as pwsh 7.6 on Windows
 * has them: -WhatIf/-Confirm texts of the FileSystem provider (`Remove File`, `Copy Directory`,
 * `Item: <from> Destination: <to>`), the confirmation before removing a folder with children
 * without -Recurse, and the provider's errors (the Windows wording of .NET's IOException where pwsh
 * on Linux words it otherwise). A failing command leaves the disk as it was: each write goes through
 * the store's transactions, which the session undoes on failure.
 */
import { defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { FileSystemError, type FileSystem } from '../../src/engine/services';
import { stringOf, type PSValue } from '../../src/engine/values';
import { keyOf, leafOf, parentOf } from '../../src/model/paths';
import {
  absolutePath,
  childrenOf,
  fsStep,
  itemObject,
  joinChild,
  nameFilter,
  pathValues,
  resolveItems,
  statPath,
  type FsEntry,
} from './fs-items';

const CREDENTIAL: ParameterDeclaration = { name: 'Credential', type: 'PSCredential', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the file system provider does not use credentials' };
const PATHS: ParameterDeclaration[] = [
  { name: 'Path', type: 'String[]', sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
  { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
];
const FILTERS: ParameterDeclaration[] = [
  { name: 'Filter', type: 'String' },
  { name: 'Include', type: 'String[]' },
  { name: 'Exclude', type: 'String[]' },
];
/** Windows' text for ERROR_ALREADY_EXISTS (pwsh on Linux says "The file '...' already exists."). */
const ALREADY_EXISTS = 'Cannot create a file when that file already exists.';

function ioError(ctx: CmdletContext, message: string, errorId: string, target: PSValue, exceptionType = 'System.IO.IOException'): void {
  ctx.writeError({ message, errorId, category: 'WriteError', targetObject: target, exceptionType });
}

function partOfPath(path: string): string {
  return `Could not find a part of the path '${path}'.`;
}

/**
 * Copies a file, or a folder (with its contents when `recurse`), to `dest`. A copied file keeps its
 * LastWriteTime (Windows' CopyFile does); a moved item keeps its folders' times as well.
 */
function copyTree(fs: FileSystem, src: FsEntry, dest: string, recurse: boolean, moving = false): void {
  if (!src.isDirectory) {
    fs.writeBytes(dest, fs.readBytes(src.path));
    fs.setLastWriteTime?.(dest, src.lastWriteTime);
    return;
  }
  if (!fs.exists(dest)) fs.createDirectory(dest);
  if (recurse) for (const c of childrenOf(fs, src.path)) copyTree(fs, c, joinChild(dest, leafOf(c.path)), true, moving);
  if (moving) fs.setLastWriteTime?.(dest, src.lastWriteTime);
}

function isInside(path: string, folder: string): boolean {
  const k = keyOf(path);
  const f = keyOf(folder);
  return k === f || k.startsWith(f.endsWith('\\') ? f : f + '\\');
}

// ---- New-Item ----

const ITEM_TYPES = ['file', 'directory', 'symboliclink', 'junction', 'hardlink'];

export const newItem = defineCmdlet({
  name: 'New-Item',
  aliases: ['ni'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'pathSet',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  parameters: [
    { name: 'Path', type: 'String[]', sets: { pathSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }, nameSet: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'Name', type: 'String', sets: { nameSet: { mandatory: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true },
    { name: 'ItemType', type: 'String', aliases: ['Type'], sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    { name: 'Value', type: 'Object', aliases: ['Target'], sets: { __AllParameterSets: { valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Force', type: 'SwitchParameter' },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Creates a new item.',
    description:
      'Creates a file (the default, with -Value as its text) or a folder (-ItemType Directory, with any missing parent folders). An existing item is an error unless -Force: then a file is emptied (or given -Value) and a folder is returned as it is.',
    examples: [
      { code: 'New-Item -Path C:\\Temp\\notes.txt -Value "hello"' },
      { code: 'New-Item -ItemType Directory -Path C:\\Temp\\Reports' },
      { code: 'New-Item -Path . -Name log.txt' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/new-item',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const type = ctx.params['ItemType'] === undefined || ctx.params['ItemType'] === null ? 'file' : stringOf(ctx.params['ItemType']).toLowerCase();
    if (!ITEM_TYPES.includes(type))
      throw ctx.terminatingError({
        message: 'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
        errorId: 'Argument',
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSArgumentException',
      });
    if (type !== 'file' && type !== 'directory')
      throw ctx.terminatingError({
        message: `Links are not supported by the emulator's virtual disk: cannot create a ${type}.`,
        errorId: 'NotSupported',
        category: 'NotImplemented',
        exceptionType: 'System.NotSupportedException',
      });
    const { paths } = pathValues(ctx, '.');
    const name = ctx.bound('Name') && ctx.params['Name'] !== null ? stringOf(ctx.params['Name']) : null;
    const force = ctx.params['Force'] === true;
    for (const p of paths) {
      const { abs, error } = absolutePath(ctx, name === null ? p : `${p.replace(/[\\/]+$/, '')}\\${name}`);
      if (abs === undefined) {
        ctx.writeError(error!);
        continue;
      }
      const existing = statPath(fs, abs);
      if (type === 'directory') {
        if (existing && !force) {
          ctx.writeError({ message: `An item with the specified name ${abs} already exists.`, errorId: 'DirectoryExist', category: 'ResourceExists', targetObject: abs, exceptionType: 'System.IO.IOException' });
          continue;
        }
        if (!ctx.shouldProcess(`Destination: ${abs}`, 'Create Directory')) continue;
        if (existing?.isDirectory) {
          ctx.writeObject(itemObject(fs, existing));
          continue;
        }
        if (fsStep(ctx, 'CreateDirectoryIOError', 'WriteError', abs, () => fs.createDirectory(abs)) === undefined && !fs.exists(abs)) continue;
      } else {
        if (existing && (!force || existing.isDirectory)) {
          ioError(ctx, existing.isDirectory ? `Access to the path '${abs}' is denied.` : `The file '${abs}' already exists.`, 'NewItemIOError', abs, existing.isDirectory ? 'System.UnauthorizedAccessException' : 'System.IO.IOException');
          continue;
        }
        if (!ctx.shouldProcess(`Destination: ${abs}`, 'Create File')) continue;
        const parent = parentOf(abs);
        if (force && parent !== null && !fs.exists(parent)) fs.createDirectory(parent);
        const value = ctx.params['Value'];
        const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.map((v) => stringOf(v)).join(' ') : stringOf(value);
        let failed = false;
        try {
          fs.writeText(abs, text);
        } catch (e) {
          if (!(e instanceof FileSystemError)) throw e;
          failed = true;
          ioError(ctx, e.code === 'ItemNotFound' ? partOfPath(abs) : e.message, 'NewItemIOError', abs, e.code === 'ItemNotFound' ? 'System.IO.DirectoryNotFoundException' : 'System.IO.IOException');
        }
        if (failed) continue;
      }
      const made = statPath(fs, abs);
      if (made) ctx.writeObject(itemObject(fs, made));
    }
  },
});

// ---- Remove-Item ----

export const removeItem = defineCmdlet({
  name: 'Remove-Item',
  aliases: ['ri', 'rm', 'del', 'erase', 'rd', 'rmdir'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    ...PATHS,
    ...FILTERS,
    { name: 'Recurse', type: 'SwitchParameter' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'the virtual disk has no hidden or read-only items' },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Deletes the specified items.',
    description: 'Deletes files and folders. A folder with children is removed only with -Recurse; without it pwsh asks first.',
    examples: [{ code: 'Remove-Item C:\\Temp\\old.csv' }, { code: 'Remove-Item C:\\Temp\\Reports -Recurse' }, { code: 'Remove-Item *.log -WhatIf' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/remove-item',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const { paths, literal } = pathValues(ctx);
    const filtered = ctx.bound('Filter') || ctx.bound('Include') || ctx.bound('Exclude');
    const matches = nameFilter(ctx);
    const recurse = ctx.params['Recurse'] === true;
    const removeOne = (e: FsEntry) => {
      if (e.isDirectory && !recurse && childrenOf(fs, e.path).length > 0) {
        const query = `The item at ${e.path} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;
        if (!ctx.shouldContinue(query, 'Confirm')) return;
      }
      if (!ctx.shouldProcess(e.path, e.isDirectory ? 'Remove Directory' : 'Remove File')) return;
      fsStep(ctx, e.isDirectory ? 'RemoveFileSystemItemIOError' : 'RemoveFileSystemItemUnAuthorizedAccess', 'WriteError', e.path, () => fs.remove(e.path));
    };
    /** -Include/-Exclude/-Filter on a folder act on what is in it (all the way down with -Recurse). */
    const removeMatchingIn = (dir: string) => {
      for (const c of childrenOf(fs, dir)) {
        if (matches(leafOf(c.path))) removeOne(c);
        else if (recurse && c.isDirectory) removeMatchingIn(c.path);
      }
    };
    for (const p of paths) {
      const r = resolveItems(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      for (const e of r.entries) {
        if (!fs.exists(e.path)) continue;
        if (filtered && e.isDirectory && !matches(leafOf(e.path))) removeMatchingIn(e.path);
        else if (!filtered || matches(leafOf(e.path))) removeOne(e);
      }
    }
  },
});

// ---- Copy-Item / Move-Item ----

const DESTINATION: ParameterDeclaration = { name: 'Destination', type: 'String', sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } } };

/** Where an item goes: into `dest` when that is a folder, else to `dest` itself. */
function targetOf(ctx: CmdletContext, src: FsEntry): string | undefined {
  const fs = ctx.services.fs;
  const raw = ctx.params['Destination'];
  const { abs, error } = absolutePath(ctx, raw === undefined || raw === null ? '.' : stringOf(raw));
  if (abs === undefined) {
    ctx.writeError(error!);
    return undefined;
  }
  const dest = statPath(fs, abs);
  return dest?.isDirectory ? joinChild(dest.path, leafOf(src.path)) : abs;
}

/**
 * Copy-Item and Move-Item: each source item the paths and filters select, with its target and the
 * IO error id pwsh uses for it.
 */
function forEachTransfer(ctx: CmdletContext, verb: 'copy' | 'move', each: (src: FsEntry, target: string, errorId: string) => void): void {
  const { paths, literal } = pathValues(ctx);
  const matches = nameFilter(ctx);
  for (const p of paths) {
    const r = resolveItems(ctx, p, literal);
    if (r.error) ctx.writeError(r.error);
    for (const src of r.entries) {
      if (!matches(leafOf(src.path))) continue;
      const target = targetOf(ctx, src);
      if (target === undefined) continue;
      const errorId =
        verb === 'copy' ? (src.isDirectory ? 'CopyDirectoryInfoItemIOError' : 'CopyFileInfoItemIOError') : src.isDirectory ? 'MoveDirectoryItemIOError' : 'MoveFileInfoItemIOError';
      each(src, target, errorId);
    }
  }
}

/** A folder cannot go into itself, and the target's folder must exist; false (error written) otherwise. */
function checkTarget(ctx: CmdletContext, verb: 'copy' | 'move', src: FsEntry, target: string, errorId: string): boolean {
  if (src.isDirectory && isInside(target, src.path)) {
    ioError(ctx, `Cannot ${verb} the folder ${src.path} into itself: ${target} is inside it.`, errorId, src.path);
    return false;
  }
  const parent = parentOf(target);
  if (parent === null || !ctx.services.fs.isDirectory(parent)) {
    ioError(ctx, partOfPath(target), errorId, src.path, 'System.IO.DirectoryNotFoundException');
    return false;
  }
  return true;
}

export const copyItem = defineCmdlet({
  name: 'Copy-Item',
  aliases: ['copy', 'cp', 'cpi'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    ...PATHS,
    DESTINATION,
    { name: 'Container', type: 'SwitchParameter', noEffect: 'folders are always kept' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'the virtual disk has no read-only items' },
    ...FILTERS,
    { name: 'Recurse', type: 'SwitchParameter' },
    { name: 'PassThru', type: 'SwitchParameter' },
    CREDENTIAL,
    { name: 'FromSession', type: 'PSSession', noEffect: 'remote sessions have no file system here' },
    { name: 'ToSession', type: 'PSSession', noEffect: 'remote sessions have no file system here' },
  ],
  help: {
    synopsis: 'Copies an item from one location to another.',
    description: 'Copies files (an existing file is overwritten) and folders: into -Destination when it is a folder, else to that path. A folder is copied with its contents only with -Recurse.',
    examples: [{ code: 'Copy-Item C:\\Temp\\users.csv C:\\Backup' }, { code: 'Copy-Item C:\\Temp\\Reports C:\\Backup\\Reports -Recurse' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/copy-item',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    forEachTransfer(ctx, 'copy', (src, target, errorId) => {
      if (keyOf(target) === keyOf(src.path)) {
        ctx.writeError({ message: `Cannot overwrite the item ${src.path} with itself.`, errorId: 'CopyError', category: 'WriteError', targetObject: src.path, exceptionType: 'System.IO.IOException' });
        return;
      }
      if (!checkTarget(ctx, 'copy', src, target, errorId)) return;
      const existing = statPath(fs, target);
      if (existing && existing.isDirectory !== src.isDirectory) {
        ioError(ctx, src.isDirectory ? ALREADY_EXISTS : `Access to the path '${target}' is denied.`, errorId, src.path);
        return;
      }
      if (!ctx.shouldProcess(`Item: ${src.path} Destination: ${target}`, src.isDirectory ? 'Copy Directory' : 'Copy File')) return;
      if (fsStep(ctx, errorId, 'WriteError', src.path, () => copyTree(fs, src, target, ctx.params['Recurse'] === true)) === undefined && !fs.exists(target)) return;
      if (ctx.params['PassThru'] === true) {
        const made = statPath(fs, target);
        if (made) ctx.writeObject(itemObject(fs, made));
      }
    });
  },
});

/** Moves (or renames) an item: copies it with everything in it, then removes the source. */
function moveTree(fs: FileSystem, src: FsEntry, target: string): void {
  if (keyOf(src.path) === keyOf(target)) {
    // Only the case changes: through a temporary name, as the disk is case-insensitive.
    const temp = `${target}.~rename`;
    copyTree(fs, src, temp, true, true);
    fs.remove(src.path);
    copyTree(fs, statPath(fs, temp)!, target, true, true);
    fs.remove(temp);
    return;
  }
  copyTree(fs, src, target, true, true);
  fs.remove(src.path);
}

export const moveItem = defineCmdlet({
  name: 'Move-Item',
  aliases: ['move', 'mv', 'mi'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [...PATHS, DESTINATION, { name: 'Force', type: 'SwitchParameter' }, ...FILTERS, { name: 'PassThru', type: 'SwitchParameter' }, CREDENTIAL],
  help: {
    synopsis: 'Moves an item from one location to another.',
    description: 'Moves files and folders with their contents: into -Destination when it is a folder, else to that path. An existing file there is an error unless -Force.',
    examples: [{ code: 'Move-Item C:\\Temp\\users.csv C:\\Archive' }, { code: 'Move-Item .\\old.txt .\\new.txt -Force' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/move-item',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    forEachTransfer(ctx, 'move', (src, target, errorId) => {
      if (keyOf(target) === keyOf(src.path)) return;
      if (!checkTarget(ctx, 'move', src, target, errorId)) return;
      const existing = statPath(fs, target);
      if (existing && (existing.isDirectory || src.isDirectory || ctx.params['Force'] !== true)) {
        ioError(ctx, ALREADY_EXISTS, errorId, src.path);
        return;
      }
      if (!ctx.shouldProcess(`Item: ${src.path} Destination: ${target}`, src.isDirectory ? 'Move Directory' : 'Move File')) return;
      const done = fsStep(ctx, errorId, 'WriteError', src.path, () => {
        if (existing) fs.remove(existing.path);
        moveTree(fs, src, target);
        return true;
      });
      if (done && ctx.params['PassThru'] === true) {
        const made = statPath(fs, target);
        if (made) ctx.writeObject(itemObject(fs, made));
      }
    });
  },
});

// ---- Rename-Item ----

export const renameItem = defineCmdlet({
  name: 'Rename-Item',
  aliases: ['ren', 'rni'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Path', type: 'String', sets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'NewName', type: 'String', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'the virtual disk has no hidden or read-only items' },
    { name: 'PassThru', type: 'SwitchParameter' },
    CREDENTIAL,
  ],
  help: {
    synopsis: 'Renames an item in a PowerShell provider namespace.',
    description: 'Gives a file or folder a new name in the same folder (-NewName is a name, not a path: use Move-Item to move).',
    examples: [{ code: 'Rename-Item C:\\Temp\\old.csv new.csv' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/rename-item',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const { paths, literal } = pathValues(ctx);
    const newName = stringOf(ctx.params['NewName'] ?? '');
    for (const p of paths) {
      const r = resolveItems(ctx, p, literal);
      if (r.error) ctx.writeError(r.error);
      // A wildcard must name exactly one item; pwsh 7.6 says the item does not exist otherwise (checked
      // against pwsh: `Rename-Item -Path '*' -NewName X` over two files renames neither).
      if (!r.error && !literal && r.entries.length !== 1) {
        ctx.writeError({
          message: `Cannot rename because item at '${p}' does not exist.`,
          errorId: 'InvalidOperation',
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
        });
        continue;
      }
      for (const src of r.entries) {
        if (/[\\/]/.test(newName))
          throw ctx.terminatingError({
            message: 'Cannot rename the specified target, because it represents a path or device name.',
            errorId: 'Argument',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.PSArgumentException',
          });
        const parent = parentOf(src.path);
        if (parent === null) continue;
        const target = joinChild(parent, newName);
        const existing = statPath(fs, target);
        if (existing && keyOf(existing.path) !== keyOf(src.path)) {
          ioError(ctx, ALREADY_EXISTS, 'RenameItemIOError', src.path);
          continue;
        }
        if (!ctx.shouldProcess(`Item: ${src.path} Destination: ${target}`, src.isDirectory ? 'Rename Directory' : 'Rename File')) continue;
        const done = fsStep(ctx, 'RenameItemIOError', 'WriteError', src.path, () => {
          moveTree(fs, src, target);
          return true;
        });
        if (done && ctx.params['PassThru'] === true) {
          const made = statPath(fs, target);
          if (made) ctx.writeObject(itemObject(fs, made));
        }
      }
    }
  },
});

export const itemCmdlets = [newItem, removeItem, copyItem, moveItem, renameItem];
