/**
 * A ReplSession over the engine's Runspace, until the lead's src/session.ts provides one: runs
 * input with Out-Default, asks the parser whether input is incomplete, and completes from the
 * runspace's commands and variables, the virtual file system and an identity callback.
 */
import { complete } from '../completion/complete';
import type { CompletionProviders, PathEntry } from '../completion/types';
import type { CommandInfo } from '../engine/cmdlet';
import type { FileSystem } from '../engine/services';
import { parse } from '../language/parser';
import type { ParseError } from '../language/ast';
import type { ReplSession } from './session';
import { findDefaultDisplayProperties, findView } from '../formatting/views';
import { PSObject } from '../engine/values';
import type { ReadonlyWorld } from '../store/state-store';

/** The part of the Runspace the shell uses (structural, so tests can pass a small double). */
export interface RunspaceLike {
  invoke(script: string, options: { outDefault?: boolean; collect?: boolean }): { success: boolean; exitCode?: number };
  listCommands(): CommandInfo[];
  listVariables(): { name: string }[];
}

export interface ReplSessionOptions {
  runspace: RunspaceLike;
  fs: FileSystem;
  banner: string;
  /** World objects for `-Identity <Tab>` and the like. */
  identities?: (cmdletName: string, parameterName: string) => string[];
  /** Saves the world (-State); called when the shell leaves. */
  save?: () => void;
  /** Property names for pipeline completion; default: the properties of the types' registered views. */
  properties?: (typeNames: string[]) => string[];
  /** Runs one input as the session does (e.g. Session.run, which also syncs the clock); default: runspace.invoke with Out-Default. */
  run?: (script: string) => { success: boolean; exitCode?: number };
}

/** True when the parser's only complaint is that the input ended too early (pwsh's IncompleteParseException). */
export function isIncompleteInput(text: string): boolean {
  // A line ending in a lone backtick continues on the next line (about_Parsing: line continuation).
  if (/(^|[^`])(``)*`[ \t]*$/.test(text)) return true;
  const { errors } = parse(text) as { errors: ParseError[] };
  return errors.length > 0 && errors.some((e) => e.incompleteInput);
}

/** Lists a folder as typed by the user ('' or '.\' = the current location); [] when it does not exist. */
export function listFolder(fs: FileSystem, folder: string): PathEntry[] {
  try {
    const path = folder === '' || folder === '.\\' || folder === './' ? fs.getLocation() : fs.resolve(folder);
    if (!fs.isDirectory(path)) return [];
    return fs.list(path).map((e) => ({ name: e.name, isDirectory: e.isDirectory }));
  } catch {
    return [];
  }
}

/** Property names the formatter's views (list first, then table) and DefaultDisplayPropertySet name for these types. */
export function viewProperties(typeNames: string[]): string[] {
  const probe = new PSObject(typeNames);
  const names: string[] = [];
  for (const view of [findView(probe, 'list'), findView(probe, 'table')]) {
    for (const p of view?.properties ?? []) {
      const name = typeof p === 'string' ? p : (p.property ?? (p.expression ? undefined : p.label));
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  for (const name of findDefaultDisplayProperties(probe) ?? []) if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  return names;
}

export function completionProviders(o: Pick<ReplSessionOptions, 'runspace' | 'fs' | 'identities' | 'properties'>): CompletionProviders {
  return {
    properties: o.properties ?? viewProperties,
    commands: () => o.runspace.listCommands(),
    variables: () => o.runspace.listVariables().map((v) => v.name),
    identities: o.identities,
    listPaths: (folder) => listFolder(o.fs, folder),
  };
}

export function createReplSession(o: ReplSessionOptions): ReplSession {
  const providers = completionProviders(o);
  return {
    execute(script) {
      const r = o.run ? o.run(script) : o.runspace.invoke(script, { outDefault: true, collect: false });
      return { success: r.success, exitCode: r.exitCode };
    },
    isIncomplete: isIncompleteInput,
    location: () => o.fs.getLocation(),
    complete: (text, cursor) => complete(text, cursor, providers),
    save: o.save,
    banner: () => o.banner,
  };
}

/** Names the shell offers for identity parameters (`-Identity <Tab>`, `-SourceEndpoint <Tab>`), from the world. */
export function identitiesOf(session: { store: { read(): ReadonlyWorld } }): (cmdletName: string, parameterName: string) => string[] {
  return (cmdletName, parameterName) => {
    const w = session.store.read();
    const m = w.tenant.migration;
    const param = parameterName.toLowerCase();
    const noun = cmdletName.replace(/^[a-z]+-/i, '').toLowerCase();
    // A parameter naming its object wins over the cmdlet's noun (New-MigrationBatch -SourceEndpoint).
    const kind = /endpoint/.test(param) ? 'endpoint' : /batch/.test(param) ? 'batch' : param === 'identity' ? noun : param;
    if (kind === 'migrationbatch' || kind === 'batch') return m.batches.map((b) => b.name);
    if (kind === 'migrationendpoint' || kind === 'endpoint') return m.endpoints.map((e) => e.name);
    if (kind.startsWith('migrationuser')) return m.users.map((u) => u.identity);
    if (kind === 'accepteddomain') return w.tenant.domains.map((d) => d.name);
    return w.onPrem.mailboxes.map((x) => x.alias);
  };
}
