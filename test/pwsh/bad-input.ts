/**
 * Bad input, as the oracle's cases: programs that do not parse (every prefix and single-character
 * deletion of a set of well-formed snippets: the unfinished lines an admin sends by mistake) and
 * commands that do not bind (unknown, ambiguous, missing, mistyped and out-of-set arguments to the
 * core cmdlets, drawn from their metadata).
 */
import { createSession } from '../../src/session';
import { parse } from '../../src/language/parser';
import type { ParameterDeclaration } from '../../src/engine/cmdlet';
import { allowedCommandNames } from './collect';
import type { OracleCase } from './oracle';

/** Well-formed snippets over the constructs scripts use; each is cut and damaged below. */
const SNIPPETS = [
  'if ($a -gt 1) { "big" } elseif ($a -eq 1) { "one" } else { "small" }',
  'foreach ($i in 1..3) { $i * 2 }',
  'for ($i = 0; $i -lt 3; $i++) { $i }',
  'while ($n -lt 3) { $n++ }',
  'do { $n++ } until ($n -ge 3)',
  'switch ($x) { 1 { "one" } default { "other" } }',
  'try { throw "x" } catch { $_.Exception.Message } finally { "done" }',
  'function Get-Double { param([int]$Value = 2) $Value * 2 }',
  '$h = @{ Name = "a"; Count = 2 }',
  '$o = [pscustomobject]@{ A = 1; B = "two" }',
  '"Total: $($items.Count) items"',
  "'single' + \"double $name\"",
  '$list = @(1, 2, 3)[0..1]',
  '1..5 | Where-Object { $_ -gt 2 } | ForEach-Object { $_ }',
  'Get-Thing -Name "x" -Count 3 | Sort-Object -Property Name',
  '[int]$x = "5"; $x.ToString("D3")',
  '$s = "a,b,c" -split ","',
  '& { param($p) $p } -p 1',
  '$a = 1; $a += 2; $a',
  '@"\nline $x\n"@',
  "@'\nraw\n'@",
  '$x = if ($true) { 1 } else { 2 }',
];

function damaged(snippet: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < snippet.length; i++) out.add(snippet.slice(0, i));
  for (let i = 0; i < snippet.length; i++) if (/[(){}[\]"'$@|;,=]/.test(snippet[i])) out.add(snippet.slice(0, i) + snippet.slice(i + 1));
  return [...out].filter((s) => s.trim() !== '');
}

/** Parse cases: every damaged form of every snippet (most do not parse; all must agree). */
export function parseErrorCases(): OracleCase[] {
  return SNIPPETS.flatMap((s, n) => damaged(s).map((code, i) => ({ id: `parse:${n}:${i}`, code, parseOnly: true })));
}

/** A few damaged forms run whole: the ParserError text the console prints. */
export function parseErrorRunCases(): OracleCase[] {
  return SNIPPETS.flatMap((s, n) => {
    // Only forms that do not parse: a damaged loop that parses could run for ever.
    const forms = damaged(s).filter((code) => parse(code).errors.length > 0);
    return [forms[Math.floor(forms.length / 2)], forms[forms.length - 1]].filter(Boolean).map((code, i) => ({ id: `parse-run:${n}:${i}`, code, width: 120 }));
  });
}

const CONVERTIBLE_SAMPLE: Record<string, string> = { Int32: 'abc', Int64: 'abc', Double: 'notanumber', Boolean: '5x', DateTime: 'notadate', Char: 'toolong' };

/** Binding cases drawn from each core cmdlet's metadata. */
export function bindingErrorCases(): OracleCase[] {
  const session = createSession();
  const cases: OracleCase[] = [];
  const add = (name: string, kind: string, code: string) => cases.push({ id: `bind:${name}:${kind}`, code, width: 120 });
  for (const name of allowedCommandNames()) {
    const info = session.runspace.resolveCommand(name);
    const meta = info?.metadata;
    if (!meta || info.commandType !== 'Cmdlet' || meta.name !== name) continue;
    const params: ParameterDeclaration[] = meta.parameters;
    add(name, 'unknown', `${name} -NoSuchParameter 1`);
    // The shortest prefix of a parameter that another parameter (or a common one) shares.
    const names = [...params.map((p) => p.name), 'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'];
    for (const p of params) {
      const prefix = p.name.slice(0, 2);
      if (names.filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase())).length > 1) {
        add(name, `ambiguous-${p.name}`, `${name} -${prefix} 1`);
        break;
      }
    }
    for (const p of params) {
      const sample = CONVERTIBLE_SAMPLE[p.type];
      if (sample) add(name, `type-${p.name}`, `${name} -${p.name} '${sample}'`);
      if (p.validateSet?.length || p.enumValues?.length) add(name, `set-${p.name}`, `${name} -${p.name} NotAValidValue`);
      if (p.type !== 'SwitchParameter') add(name, `noarg-${p.name}`, `${name} -${p.name}`);
    }
  }
  return cases;
}
