#!/usr/bin/env node
// `npm run fuzz -- --inputs N [--seed S] [--kind scripts|calls|all] [--input '<JSON>']`: bundles the fuzz
// campaign (test/fuzz/campaign.ts) and runs it in a child process. An input that kills the process (out of
// memory, a fatal V8 error) is reported as a failure, with the input, and the campaign resumes at the next chunk.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'exo-fuzz-'));
const out = join(dir, 'campaign.mjs');
await build({
  entryPoints: [new URL('../test/fuzz/campaign.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
});
const trace = process.env.EXO_FUZZ_TRACE ?? join(dir, 'input.json');
const state = join(dir, 'state.json');
const env = { ...process.env, EXO_FUZZ_ROOT: new URL('..', import.meta.url).pathname, EXO_FUZZ_TRACE: trace, EXO_FUZZ_STATE: state };
const args = process.argv.slice(2);
let crashes = 0;
let code = 0;
for (;;) {
  const r = spawnSync(process.execPath, [out, ...args], { env, stdio: 'inherit' });
  if (r.status === 0 || r.status === 1) {
    code = r.status || (crashes ? 1 : 0);
    break;
  }
  crashes++;
  const [input, kind] = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n') : ['"(unknown)"', 'scripts'];
  console.log(`\nCRASH #${crashes}: the process died (${r.signal ?? `exit ${r.status}`}) on this input (not shrunk):\ninput: ${input.slice(0, 2000)}`);
  console.log(`reproduce: npm run fuzz -- --kind ${kind} --input '${input.replace(/'/g, `'\\''`)}'\n`);
  if (args.includes('--input') || !existsSync(state) || crashes > 20) {
    code = 1;
    break;
  }
  // Resume after the chunk that crashed, with the counts so far.
  const next = JSON.parse(readFileSync(state, 'utf8')).nextChunk + 1;
  const i = args.indexOf('--from-chunk');
  if (i >= 0) args.splice(i, 2);
  args.push('--from-chunk', String(next));
}
rmSync(dir, { recursive: true, force: true });
process.exit(code);
