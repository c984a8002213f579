/**
 * The collected oracle cases: the code blocks of the Exchange doc corpus and of the PowerShell
 * reference (about_ topics, the language specification, the core cmdlet pages) in ../shared.
 * Every block is a parse case (pwsh and exo-emulator must find the same parse errors at the same
 * places); a block that parses and uses only the language and deterministic core cmdlets is also a
 * run case (same printed text, same errors).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/language/parser';
import { createSession } from '../../src/session';
import { sharedPath } from '../shared-folder';
import type { OracleCase } from './oracle';

export interface CollectedBlock {
  id: string;
  code: string;
}

/** Modules whose commands a run case may use: the core of PowerShell, not Exchange's nor the lab's. */
const CORE_MODULES = new Set(['Microsoft.PowerShell.Core', 'Microsoft.PowerShell.Utility', 'Microsoft.PowerShell.Management', 'Microsoft.PowerShell.Security']);

/**
 * Core commands a run case may not use: their output depends on the machine, the moment, the user
 * or the real file system (pwsh runs on Linux in a temp folder, exo-emulator on its virtual Windows
 * disk), or they wait for input.
 */
const MACHINE_DEPENDENT = new Set(
  [
    'Get-Date', 'Get-Random', 'Start-Sleep', 'Read-Host', 'Get-Credential', 'Get-Command', 'Get-Help', 'Get-Alias', 'Get-Variable',
    'Get-Content', 'Set-Content', 'Add-Content', 'Test-Path', 'Out-File', 'Export-Csv', 'Import-Csv', 'Export-Clixml', 'Import-Clixml',
    'Start-Transcript', 'Stop-Transcript', 'Clear-Host', 'Invoke-Command', 'Import-Module', 'Import-PSSession', 'New-PSSession',
    'Get-PSSession', 'Remove-PSSession', 'ConvertTo-SecureString', 'ConvertFrom-SecureString', 'Set-StrictMode', 'Out-Host', 'New-Object',
    'Get-ChildItem', 'Get-Item', 'New-Item', 'Remove-Item', 'Copy-Item', 'Move-Item', 'Rename-Item', 'Resolve-Path', 'Get-Location',
    'Set-Location', 'Push-Location', 'Pop-Location', 'Get-History', 'Get-Host', 'Get-Culture', 'Write-Progress', 'Invoke-Expression',
  ].map((n) => n.toLowerCase()),
);

/**
 * Windows aliases that pwsh on Linux does not define (there they name the system's own programs):
 * about_Aliases, "Removed aliases on non-Windows platforms".
 */
const WINDOWS_ONLY_ALIASES = new Set(['ac', 'cat', 'cp', 'cpp', 'diff', 'kill', 'ls', 'man', 'mount', 'mv', 'ps', 'rm', 'rmdir', 'sleep', 'sort', 'start', 'tee', 'write']);

/** Text that reads the machine, the clock, the environment or the real file system. */
const MACHINE_TEXT =
  /\$(env:|PSVersionTable|Host\b|PID\b|HOME\b|PWD\b|PSHOME|PROFILE|MyInvocation|PSScriptRoot|PSCommandPath|IsWindows|IsLinux|IsMacOS|ExecutionContext|PSCulture|PSUICulture|ShellId|StackTrace|NestedPromptLevel)|\[(System\.)?(DateTime|datetime)\]::(Now|Today|UtcNow)|\[(System\.)?(Environment|IO\.|Diagnostics\.|Guid\]::NewGuid|Random|Threading|Net\.|Console\]|AppDomain|Reflection|Runtime\.)|Get-Process|Get-Service|\bwhile\s*\(\s*\$true\s*\)|\bC:\\|\\\\|\.ps1\b|\.txt\b|\.csv\b|\.xml\b|\.json\b|\.log\b|Get-WmiObject|Get-CimInstance/i;

function commandNames(code: string): { names: string[]; functions: Set<string> } | null {
  const { ast, errors } = parse(code) as { ast: unknown; errors: unknown[] };
  if (errors.length) return null;
  const names: string[] = [];
  const functions = new Set<string>();
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const node = n as Record<string, unknown>;
    if (node.type === 'FunctionDefinition' && typeof node.name === 'string') functions.add(node.name.toLowerCase());
    if (node.type === 'Command') {
      const first = (node.elements as Record<string, unknown>[])[0];
      names.push(first?.type === 'StringConstant' ? String(first.value) : '<dynamic>');
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'extent' && k !== 'parent') walk(v);
  };
  walk(ast);
  return { names, functions };
}

let allowed: Map<string, string> | null = null;
/** The core commands (and their aliases) a run case may use, lower-cased. */
function allowedCommands(): Map<string, string> {
  if (allowed) return allowed;
  allowed = new Map();
  for (const c of createSession().runspace.listCommands()) {
    if (!CORE_MODULES.has(c.source)) continue;
    const target = c.definition ?? c.name;
    if (MACHINE_DEPENDENT.has(target.toLowerCase()) || WINDOWS_ONLY_ALIASES.has(c.name.toLowerCase())) continue;
    allowed.set(c.name.toLowerCase(), target);
  }
  return allowed;
}

/** The core cmdlets (not aliases) a case may use. */
export function allowedCommandNames(): string[] {
  return [...new Set(allowedCommands().values())].sort();
}

/** Why a block is not a run case, or null when it is one. */
export function notRunnable(code: string): string | null {
  if (MACHINE_TEXT.test(code)) return 'reads the machine';
  const found = commandNames(code);
  if (!found) return 'does not parse';
  const ok = allowedCommands();
  for (const n of found.names) {
    const lower = n.toLowerCase();
    if (!ok.has(lower) && !found.functions.has(lower)) return `uses ${n}`;
  }
  return null;
}

/** A transcript block (`PS> command` lines followed by output): its commands, in order. */
function transcriptCommands(code: string): string | null {
  const lines = code.split(/\r?\n/);
  if (!lines.some((l) => /^PS[^>\n]*> /.test(l))) return null;
  const out: string[] = [];
  for (const l of lines) {
    const prompt = /^PS[^>\n]*> (.*)$/.exec(l);
    if (prompt) out.push(prompt[1]);
    else if (/^>> /.test(l)) out.push(l.slice(3));
  }
  return out.join('\n');
}

function markdownBlocks(file: string, id: string): CollectedBlock[] {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const blocks: CollectedBlock[] = [];
  let i = 0;
  for (const m of text.matchAll(/^```powershell\n([\s\S]*?)^```/gim)) {
    const raw = m[1].replace(/\n$/, '');
    blocks.push({ id: `${id}#${i++}`, code: transcriptCommands(raw) ?? raw });
  }
  return blocks;
}

function walkMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walkMarkdown(p) : f.endsWith('.md') ? [p] : [];
    });
}

/** Every collected block, or an empty list where ../shared is absent. */
export function collectedBlocks(): CollectedBlock[] {
  const blocks: CollectedBlock[] = [];
  const reference = sharedPath('reference/powershell');
  if (reference) for (const f of walkMarkdown(reference)) blocks.push(...markdownBlocks(f, f.slice(reference.length + 1)));
  const corpus = sharedPath('corpus/exchange-doc-examples.jsonl');
  if (corpus)
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const b = JSON.parse(line) as { source: string; block: number; code: string };
      blocks.push({ id: `corpus:${b.source}#${b.block}`, code: b.code });
    }
  return blocks.filter((b) => b.code.trim() !== '');
}

/** The run cases among the collected blocks, at the default width. */
export function collectedRunCases(blocks: CollectedBlock[]): OracleCase[] {
  return blocks.filter((b) => notRunnable(b.code) === null).map((b) => ({ id: b.id, code: b.code, width: 120 }));
}
