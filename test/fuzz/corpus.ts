/**
 * The fuzz corpus (Node only): PowerShell blocks from the project's own fixtures and real scripts,
 * and ../shared/corpus when it is there. Loaded once; each block is one input before mutation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Bundled by `npm run fuzz`, this file runs from a temporary folder: scripts/fuzz.mjs names the repository.
const ROOT = process.env.EXO_FUZZ_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function jsonlBlocks(file: string, limit = Infinity): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    try {
      const code = (JSON.parse(line) as { code?: unknown }).code;
      if (typeof code === 'string' && code.trim()) out.push(code);
    } catch {
      // a torn line: skipped
    }
  }
  return out;
}

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') walk(p, ext, out);
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

/** Code blocks of Markdown files (```powershell fences). */
function markdownBlocks(file: string): string[] {
  const out: string[] = [];
  const re = /```(?:powershell|pwsh|ps1|ps)?\n([\s\S]*?)```/gi;
  for (const m of readFileSync(file, 'utf8').matchAll(re)) if (m[1]!.trim()) out.push(m[1]!);
  return out;
}

/** Calls whose first argument is no script. */
const NOT_SCRIPTS = new Set(['it', 'test', 'describe', 'each', 'toBe', 'toEqual', 'toContain', 'toMatch', 'toThrow', 'get', 'set', 'has', 'split', 'join', 'includes', 'startsWith', 'endsWith', 'replace', 'indexOf', 'push', 'log', 'readFileSync', 'writeFileSync', 'join', 'resolve', 'from', 'require', 'import', 'mkdtempSync', 'existsSync', 'toHaveProperty', 'stringMatching', 'mkdirSync', 'rmSync', 'constantFrom', 'constant', 'pick', 'Error', 'RegExp', 'URL', 'toContainEqual']);

/** The scripts the project's own tests run: first string arguments of calls (`run('...')`, `c("...")`) that read as PowerShell. */
function testSnippets(file: string): string[] {
  const out: string[] = [];
  const text = readFileSync(file, 'utf8');
  const re = /\b([A-Za-z_]\w*)\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)/g;
  for (const m of text.matchAll(re)) {
    if (NOT_SCRIPTS.has(m[1]!)) continue;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    if (!/[$|{]|\b[A-Z][a-z]+-[A-Z]\w+|^\s*\d/.test(raw)) continue;
    const code = raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, c: string) =>
      c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c[0] === 'u' || c[0] === 'x' ? String.fromCharCode(parseInt(c.slice(1), 16)) : c,
    );
    if (code.trim()) out.push(code);
  }
  return out;
}

let cached: string[] | null = null;

/** Every block, deduplicated, in a stable order. `small` keeps the campaign of `npm test` quick to load. */
export function loadCorpus(options: { shared?: boolean } = {}): string[] {
  if (cached && !options.shared) return cached;
  const blocks: string[] = [];
  const seeds = JSON.parse(readFileSync(join(ROOT, 'test/e2e/seed-blocks.json'), 'utf8')) as Record<string, string[]>;
  for (const k of Object.keys(seeds).sort()) blocks.push(...seeds[k]!);
  for (const f of walk(join(ROOT, 'test/fixtures'), /\.jsonl$/).sort()) blocks.push(...jsonlBlocks(f));
  for (const f of walk(join(ROOT, 'test/fixtures'), /\.md$/).sort()) blocks.push(...markdownBlocks(f));
  for (const f of [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'), /\.md$/)].sort()) if (existsSync(f)) blocks.push(...markdownBlocks(f));
  for (const f of [...walk(join(ROOT, 'test'), /\.ps1$/), ...walk(join(ROOT, 'scenarios'), /\.ps1$/)].sort()) blocks.push(readFileSync(f, 'utf8'));
  for (const f of walk(join(ROOT, 'test'), /\.test\.ts$/).sort()) blocks.push(...testSnippets(f));
  if (options.shared) for (const f of walk(join(ROOT, '..', 'shared', 'corpus'), /\.jsonl$/).sort()) blocks.push(...jsonlBlocks(f));
  const unique = [...new Set(blocks)];
  if (!options.shared) cached = unique;
  return unique;
}
