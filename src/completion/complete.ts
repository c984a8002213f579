/**
 * complete(text, cursor, providers): what Tab offers at the cursor, the way pwsh's
 * CommandCompletion does for PSReadLine: command names (Verb-Noun prefix or wildcard), parameter
 * names of the command being typed (limited to the parameter sets still possible), enum and
 * ValidateSet values, world identities, variables and paths of the virtual file system.
 */
import { ALL_PARAMETER_SETS, type CmdletMetadata, type CommandInfo, type ParameterDeclaration } from '../engine/cmdlet';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from './common-parameters';
import { scan, unquote, type ScanToken } from './scan';
import type { CompletionProviders, CompletionResult } from './types';

const NONE = (at: number): CompletionResult => ({ replacementIndex: at, replacementLength: 0, completions: [] });

export function complete(text: string, cursor: number, providers: CompletionProviders): CompletionResult {
  const left = text.slice(0, cursor);
  const tokens = scan(left);
  const last = tokens[tokens.length - 1];
  // The token under the cursor: the last one when it touches the cursor, else an empty word.
  const current: ScanToken | null = last && last.end === cursor && last.kind !== 'separator' && last.kind !== 'comma' ? last : null;
  const elementStart = lastSeparatorIndex(tokens, current) + 1;
  const element = tokens.slice(elementStart, current ? tokens.length - 1 : tokens.length);
  const at = current ? current.start : cursor;
  const word = current ? current.text : '';

  if (current?.kind === 'variable' || (current && current.kind === 'word' && word.startsWith('$'))) {
    return completeVariable(current, providers);
  }
  if (element.length === 0) {
    // Command position.
    if (current?.kind === 'string') return completePath(current, at, providers);
    // Tab on an empty command position lists the current folder, as pwsh does.
    if (word === '' || looksLikePath(word)) return completePath(current, at, providers);
    return { replacementIndex: at, replacementLength: word.length, completions: completeCommandName(word, providers) };
  }
  const commandToken = element[0];
  const metadata = commandMetadata(commandToken.text, providers);
  if (current?.kind === 'parameter' && !word.includes(':')) {
    if (!metadata) return NONE(cursor);
    return { replacementIndex: at, replacementLength: word.length, completions: completeParameterName(word.slice(1), metadata, element) };
  }
  // An argument: the value of the parameter just before it, or a positional one.
  const previous = element[element.length - 1];
  const valueFor = previous?.kind === 'parameter' && metadata ? findParameter(metadata, previous.text.slice(1)) : undefined;
  const parameter = valueFor && valueFor.type !== 'SwitchParameter' ? valueFor : metadata ? positionalParameter(metadata, element) : undefined;
  if (parameter && metadata && /^(Property|ExpandProperty|GroupBy)$/.test(parameter.name) && providers.properties) {
    const names = upstreamProperties(tokens, elementStart, providers);
    if (names.length) {
      const matches = matcher(current ? unquote(current) : '');
      return {
        replacementIndex: at,
        replacementLength: current ? current.end - current.start : 0,
        completions: names.filter((n) => matches(n)).map(quoteIfNeeded),
      };
    }
  }
  if (parameter && metadata) {
    const offered = parameterValues(parameter, metadata.name, providers);
    if (offered) {
      const typed = current ? unquote(current) : '';
      const matches = offered.values.filter((v) => v.toLowerCase().startsWith(typed.toLowerCase())).map(quoteIfNeeded);
      // A closed list (enum, ValidateSet, identities of an identity parameter) offers nothing else;
      // an open one falls back to paths when nothing matches.
      if (matches.length || (offered.closed && !looksLikePath(typed))) {
        return { replacementIndex: at, replacementLength: current ? current.end - current.start : 0, completions: matches };
      }
    }
  }
  return completePath(current, at, providers);
}

/**
 * Properties of what flows into the current pipeline element: the OutputType of the command
 * before the `|` (the element before that if it is itself a Where-Object / Sort-Object filter).
 */
function upstreamProperties(tokens: ScanToken[], elementStart: number, providers: CompletionProviders): string[] {
  let pipe = elementStart - 1;
  while (pipe >= 0 && tokens[pipe].text === '|') {
    let start = pipe - 1;
    while (start >= 0 && tokens[start].kind !== 'separator') start--;
    const command = tokens[start + 1];
    const metadata = command && command.kind === 'word' ? commandMetadata(command.text, providers) : undefined;
    if (metadata?.outputType?.length) return [...new Set(providers.properties!(metadata.outputType))];
    // Filters pass their input through: look one more element back.
    if (!metadata || !/^(Where-Object|Sort-Object|Select-Object)$/i.test(metadata.name)) return [];
    pipe = start;
  }
  return [];
}

/** Index of the token that starts the current command element's predecessor (-1 = start of text). */
function lastSeparatorIndex(tokens: ScanToken[], current: ScanToken | null): number {
  const end = current ? tokens.length - 1 : tokens.length;
  for (let i = end - 1; i >= 0; i--) if (tokens[i].kind === 'separator') return i;
  return -1;
}

function looksLikePath(word: string): boolean {
  return /^(\.{1,2}([\\/]|$)|[\\/~]|[A-Za-z]:)/.test(word) || /[\\/]/.test(word);
}

function wildcardToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** Case-insensitive prefix match, or a wildcard match when the word has `*` or `?`. */
function matcher(word: string): (candidate: string) => boolean {
  if (/[*?]/.test(word)) {
    const re = wildcardToRegExp(word.endsWith('*') ? word : word + '*');
    return (c) => re.test(c);
  }
  const lower = word.toLowerCase();
  return (c) => c.toLowerCase().startsWith(lower);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function completeCommandName(word: string, providers: CompletionProviders): string[] {
  const matches = matcher(word);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const c of providers.commands()) {
    const key = c.name.toLowerCase();
    if (!seen.has(key) && matches(c.name)) {
      seen.add(key);
      names.push(c.name);
    }
  }
  return names.sort(byName);
}

function resolveCommand(name: string, providers: CompletionProviders, depth = 0): CommandInfo | undefined {
  const lower = name.toLowerCase();
  const found = providers.commands().find((c) => c.name.toLowerCase() === lower);
  if (found?.commandType === 'Alias' && found.definition && depth < 8) return resolveCommand(found.definition, providers, depth + 1);
  return found;
}

function commandMetadata(name: string, providers: CompletionProviders): CmdletMetadata | undefined {
  return resolveCommand(name, providers)?.metadata;
}

function allParameters(metadata: CmdletMetadata): ParameterDeclaration[] {
  return [...metadata.parameters, ...COMMON_PARAMETERS, ...(metadata.supportsShouldProcess ? SHOULD_PROCESS_PARAMETERS : [])];
}

/** The parameter a typed name binds to: exact name or alias first, then a unique prefix (as the binder does). */
export function findParameter(metadata: CmdletMetadata, typed: string): ParameterDeclaration | undefined {
  const name = typed.replace(/:.*$/, '').toLowerCase();
  if (!name) return undefined;
  const params = allParameters(metadata);
  const exact = params.find((p) => p.name.toLowerCase() === name || p.aliases?.some((a) => a.toLowerCase() === name));
  if (exact) return exact;
  const prefixed = params.filter((p) => p.name.toLowerCase().startsWith(name));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function setsOf(p: ParameterDeclaration): string[] {
  return p.sets ? Object.keys(p.sets) : [ALL_PARAMETER_SETS];
}

function boundParameters(metadata: CmdletMetadata, element: ScanToken[]): ParameterDeclaration[] {
  const bound: ParameterDeclaration[] = [];
  for (const t of element.slice(1)) {
    if (t.kind !== 'parameter') continue;
    const p = findParameter(metadata, t.text.slice(1));
    if (p && !bound.includes(p)) bound.push(p);
  }
  return bound;
}

/** The sets every typed parameter belongs to; null when no parameter narrows them. */
function remainingSets(metadata: CmdletMetadata, bound: ParameterDeclaration[]): Set<string> | null {
  let remaining: Set<string> | null = null;
  for (const p of bound) {
    const sets = setsOf(p);
    if (sets.includes(ALL_PARAMETER_SETS)) continue;
    const narrowed: Set<string> = remaining ? new Set([...remaining].filter((s) => sets.includes(s))) : new Set(sets);
    remaining = narrowed;
  }
  // Contradictory parameters: the binder will report it; offer everything rather than nothing.
  return remaining && remaining.size === 0 ? null : remaining;
}

export function completeParameterName(typed: string, metadata: CmdletMetadata, element: ScanToken[]): string[] {
  const bound = boundParameters(metadata, element);
  const remaining = remainingSets(metadata, bound);
  const matches = matcher(typed);
  return allParameters(metadata)
    .filter((p) => !bound.includes(p))
    .filter((p) => remaining === null || setsOf(p).some((s) => s === ALL_PARAMETER_SETS || remaining.has(s)))
    .filter((p) => matches(p.name))
    .map((p) => '-' + p.name);
}

/** The parameter a positional argument at the end of `element` binds to, in the sets still possible. */
function positionalParameter(metadata: CmdletMetadata, element: ScanToken[]): ParameterDeclaration | undefined {
  let position = 0;
  for (let i = 1; i < element.length; i++) {
    const t = element[i];
    if (t.kind === 'parameter') {
      const p = findParameter(metadata, t.text.slice(1));
      if (p && p.type !== 'SwitchParameter' && !t.text.includes(':')) i++;
      continue;
    }
    if (t.kind === 'comma' || element[i + 1]?.kind === 'comma') continue;
    position++;
  }
  const remaining = remainingSets(metadata, boundParameters(metadata, element));
  for (const p of metadata.parameters) {
    for (const [set, m] of Object.entries(p.sets ?? {})) {
      if (m.position === position && (!remaining || set === ALL_PARAMETER_SETS || remaining.has(set))) return p;
    }
  }
  return undefined;
}

function isIdentityParameter(p: ParameterDeclaration): boolean {
  return /IdParameter$/.test(p.type) || /^Identity$/i.test(p.name);
}

/** Values to offer for a parameter, or null when it takes free text (paths are offered instead). */
function parameterValues(p: ParameterDeclaration, cmdletName: string, providers: CompletionProviders): { values: string[]; closed: boolean } | null {
  if (p.enumValues?.length) return { values: p.enumValues, closed: true };
  if (p.validateSet?.length) return { values: p.validateSet, closed: true };
  if (p.type === 'Boolean') return { values: ['$true', '$false'], closed: true };
  // Only identity parameters take world names (a -Path or -Name never does).
  if (isIdentityParameter(p)) return { values: [...(providers.identities?.(cmdletName, p.name) ?? [])].sort(byName), closed: true };
  return null;
}

/** Single-quotes a value the tokenizer would split or expand (pwsh's completion does the same). */
export function quoteIfNeeded(value: string): string {
  if (value.startsWith('$') && /^\$(true|false|null)$/i.test(value)) return value;
  if (value === '' || /[\s'"`$&|;,(){}@#<>]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return value;
}

function completeVariable(current: ScanToken, providers: CompletionProviders): CompletionResult {
  const typed = current.text.slice(1);
  // `$env:` and `$global:` style scopes are kept as typed.
  const scope = /^(global|script|local|private|using):/i.exec(typed)?.[0] ?? '';
  const matches = matcher(typed.slice(scope.length));
  const names = [...new Set(providers.variables?.() ?? [])].filter((n) => matches(n)).sort(byName);
  return { replacementIndex: current.start, replacementLength: current.text.length, completions: names.map((n) => '$' + scope + n) };
}

function completePath(current: ScanToken | null, at: number, providers: CompletionProviders): CompletionResult {
  const typed = current ? unquote(current) : '';
  const cut = Math.max(typed.lastIndexOf('\\'), typed.lastIndexOf('/'));
  const folder = cut >= 0 ? typed.slice(0, cut + 1) : '';
  const leaf = typed.slice(cut + 1);
  const matches = matcher(leaf);
  const entries = (providers.listPaths?.(folder) ?? []).filter((e) => matches(e.name));
  entries.sort((a, b) => byName(a.name, b.name));
  // A bare name completes relative to the current location, shown as `.\name` (pwsh on Windows).
  const prefix = folder || '.\\';
  const completions = entries.map((e) => {
    const path = prefix + e.name + (e.isDirectory ? '\\' : '');
    return /[\s'"`$&|;,(){}@#<>]/.test(path) || current?.kind === 'string' ? `'${path.replace(/'/g, "''")}'` : path;
  });
  return { replacementIndex: at, replacementLength: current ? current.end - current.start : 0, completions };
}
