/**
 * The cmdlet metadata against the reference pages: every Exchange Online (or, for the on-premises
 * side, Exchange Server) parameter set and parameter of the SYNTAX sections is declared with the
 * page's type, mandatory and positional markers and pipeline binding; help comes from the page.
 * Also: every parameter not marked `noEffect` is read by its module (no silent "behaviour" claims).
 * The checks against the pages are skipped where ../shared/reference is absent (reference-checks.ts);
 * the behaviour checks always run.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PARAMETER_SETS, type CmdletDefinition } from '../../src/engine/cmdlet';
import { EXCHANGE_MODULE_CMDLETS, EXCHANGE_ONLINE_CMDLETS } from '../../cmdlets/exchange-online';
import { ON_PREMISES_CMDLETS, REMOTING_CMDLETS } from '../../cmdlets/on-premises';
import { readPage } from './reference-pages';
import { describeReference, REFERENCE_AVAILABLE } from './reference-checks';
import { SYNTAX_PAGES, renderReferenceHelpModule, renderSyntaxModule, sideSets } from './syntax-modules';
import { withReferenceHelp } from '../../cmdlets/reference-help';

// Without the pages every check below is listed as skipped (the cmdlets are named, nothing is read).
const withPage = (defs: CmdletDefinition[]) => (REFERENCE_AVAILABLE ? defs.filter((c) => readPage(c.name)) : defs);
const online = withPage([...EXCHANGE_ONLINE_CMDLETS, ...EXCHANGE_MODULE_CMDLETS]);
const onprem = withPage(ON_PREMISES_CMDLETS);
const norm = (t: string) => t.replace(/^System\./, '').replace(/^DateTim$/, 'DateTime');

function membership(def: CmdletDefinition, param: string, set: string) {
  const p = def.parameters.find((x) => x.name.toLowerCase() === param.toLowerCase());
  if (!p) return undefined;
  if (!p.sets) return {};
  return p.sets[set] ?? p.sets[ALL_PARAMETER_SETS];
}

describeReference('metadata matches the reference SYNTAX', () => {
  describe.each([
    ['Exchange Online', online, 'online'],
    ['on premises', onprem, 'onprem'],
  ] as const)('%s', (_side, defs, side) => {
    it.each(defs.map((d) => [d.name, d] as const))('%s', (_n, def) => {
      const page = readPage(def.name)!;
      const sets = sideSets(page, side);
      expect(sets.length).toBeGreaterThan(0);
      for (const s of sets)
        for (const sp of s.parameters) {
          const m = membership(def, sp.name, s.name);
          expect(m, `${def.name} -${sp.name} in set ${s.name}`).toBeDefined();
          expect(!!m!.mandatory, `${def.name} -${sp.name} mandatory in ${s.name}`).toBe(sp.mandatory);
          expect(m!.position !== undefined, `${def.name} -${sp.name} positional in ${s.name}`).toBe(sp.positional);
          const pp = page.parameters.find((x) => x.name.toLowerCase() === sp.name.toLowerCase())!;
          const decl = def.parameters.find((x) => x.name.toLowerCase() === sp.name.toLowerCase())!;
          expect(decl.type).toBe(norm(pp.type || 'SwitchParameter'));
          expect(!!m!.valueFromPipeline, `${def.name} -${sp.name} pipeline`).toBe(pp.pipeline);
        }
      expect(def.supportsShouldProcess ?? false).toBe(page.supportsShouldProcess);
      expect(def.help.synopsis).toBe(page.synopsis);
      expect(def.help.onlineUri).toBe(page.onlineUri);
      expect(def.help.referencePage).toBe(page.name);
      expect(withReferenceHelp(def).help.examples?.length).toBe(page.examples.length);
    });
  });

  it('every Exchange cmdlet with a reference page is generated from it', () => {
    expect(online.map((d) => d.name).filter((n) => !SYNTAX_PAGES.online.includes(n))).toEqual([]);
    expect(onprem.map((d) => d.name).filter((n) => !SYNTAX_PAGES.onprem.includes(n))).toEqual([]);
  });
});

describeReference('the generated syntax modules are current (UPDATE_SYNTAX=1 rewrites them)', () => {
  // With only the older exchange-cmdlets folder (the migration pages), the modules of the other cmdlets are not checked.
  const all = [...SYNTAX_PAGES.online.map((n) => [n, 'online'] as const), ...SYNTAX_PAGES.onprem.map((n) => [n, 'onprem'] as const)].filter(([n]) => !REFERENCE_AVAILABLE || readPage(n));
  it.each(all)('%s (%s)', (name, side) => {
    const { path, text } = renderSyntaxModule(name, side);
    const file = join(process.cwd(), path);
    if (process.env.UPDATE_SYNTAX === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
  it.runIf(all.length === SYNTAX_PAGES.online.length + SYNTAX_PAGES.onprem.length)('the reference help of their pages (cmdlets/reference-help/pages.ts)', () => {
    const { path, text } = renderReferenceHelpModule();
    const file = join(process.cwd(), path);
    if (process.env.UPDATE_SYNTAX === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('declared behaviour is real', () => {
  const moduleText = (dir: string) =>
    readdirSync(join(process.cwd(), dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(process.cwd(), dir, f), 'utf8'))
      .join('\n');
  // Invoke-Command's InProcess set is the core cmdlet's (cmdlets/core/utility.ts), which the Session set extends.
  const text = moduleText('cmdlets/exchange-online') + moduleText('cmdlets/on-premises') + readFileSync(join(process.cwd(), 'cmdlets/core/utility.ts'), 'utf8');
  const all = [...EXCHANGE_ONLINE_CMDLETS, ...EXCHANGE_MODULE_CMDLETS, ...ON_PREMISES_CMDLETS, ...REMOTING_CMDLETS];

  it.each(all.map((d) => [`${d.name} (${d.source})`, d] as const))('%s reads every parameter it does not mark noEffect', (_n, def) => {
    const unread = def.parameters
      .filter((p) => !p.noEffect)
      .filter((p) => !new RegExp(`(['.])${p.name}\\b|\\b${p.name}:`, 'i').test(text.replace(/name: '[^']*'/g, '')))
      .map((p) => p.name);
    expect(unread).toEqual([]);
  });

  it.each(all.map((d) => [`${d.name} (${d.source})`, d] as const))('%s declares parameter sets that bind: distinct positions and names in each set', (_n, def) => {
    const sets = new Set<string>();
    for (const p of def.parameters) for (const s of Object.keys(p.sets ?? {})) if (s !== ALL_PARAMETER_SETS) sets.add(s);
    for (const set of sets.size ? sets : new Set([ALL_PARAMETER_SETS])) {
      const positions = def.parameters.map((p) => p.sets?.[set]?.position ?? p.sets?.[ALL_PARAMETER_SETS]?.position).filter((x) => x !== undefined);
      expect(new Set(positions).size, `${def.name} positions in ${set}`).toBe(positions.length);
    }
    const names = def.parameters.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase()));
    expect(new Set(names).size, `${def.name} parameter names and aliases`).toBe(names.length);
  });

  it('every cmdlet has help and a unique name per side', () => {
    for (const side of [[...EXCHANGE_ONLINE_CMDLETS, ...EXCHANGE_MODULE_CMDLETS, ...REMOTING_CMDLETS], [...ON_PREMISES_CMDLETS, ...REMOTING_CMDLETS]]) {
      const names = side.map((d) => d.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const d of side) expect(d.help.synopsis.length).toBeGreaterThan(10);
    }
  });
});
