/**
 * Bad input, generated: every Exchange cmdlet (both sides) called with random parameters drawn from
 * its own metadata (real identities, wrong types, $null, empty strings, arrays, hashtables, dates,
 * huge numbers). Whatever is typed, the session must answer with PowerShell-style errors (never a
 * JavaScript exception or message), and the world must stay valid (the invariants the store checks);
 * a command that fails before doing anything leaves the world as it was.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createSession, type Session } from '../../src/session';
import { EXCHANGE_ONLINE_CMDLETS } from '../../cmdlets/exchange-online';
import { ON_PREMISES_CMDLETS } from '../../cmdlets/on-premises';
import { checkWorld } from '../../src/model/invariants';
import type { CmdletDefinition, ParameterDeclaration } from '../../src/engine/cmdlet';

/** Values an admin (or a typo) might give, as PowerShell source text. */
const IDENTITIES = ["'CutoverBatch'", "'CutoverEndpoint'", "'sara.lindqvist@contoso.com'", "'contoso.com'", "'EXCH-SRV-01'", "'Sara Lindqvist'", "'administrator'"];
const ANY = [
  ...IDENTITIES,
  "''",
  "'*'",
  "'no such thing'",
  '$null',
  '0',
  '-1',
  '2147483648',
  '3.5',
  '$true',
  '$false',
  "@('a','b')",
  '@()',
  '@{a=1}',
  "'1/1/2030'",
  "'not a date'",
  "'Basic'",
  "'Unlimited'",
  "'a b!c'",
  "('x' * 300)",
  '$cred',
  '([byte[]](1,2,3))',
  "([System.Text.Encoding]::UTF8.GetBytes(\"EmailAddress`nsara.lindqvist@contoso.com\"))",
];

/** A value that fits the parameter's type, so calls get past binding into the cmdlet's behaviour. */
function fitting(p: ParameterDeclaration): string[] {
  if (p.enumValues?.length) return p.enumValues.map((v) => `'${v}'`);
  if (p.validateSet?.length) return p.validateSet.map((v) => `'${v}'`);
  const t = p.type.toLowerCase();
  if (t === 'boolean') return ['$true', '$false'];
  if (t === 'switchparameter') return ['$true', '$false'];
  if (t.startsWith('int') || t === 'unlimited') return ['1', '10', '100', "'Unlimited'"];
  if (t === 'datetime') return ["'1/1/2030'", '(Get-Date).AddDays(1)'];
  if (t === 'timespan') return ["'1.00:00:00'", "'00:30:00'"];
  if (t === 'pscredential') return ['$cred'];
  if (t === 'securestring') return ["(ConvertTo-SecureString 'x' -AsPlainText -Force)"];
  if (t === 'byte[]') return ["([System.Text.Encoding]::UTF8.GetBytes(\"EmailAddress`nsara.lindqvist@contoso.com\"))"];
  if (t.endsWith('[]') || t === 'multivaluedproperty') return ["@('sara.lindqvist@contoso.com','tomas.novak@contoso.com')", ...IDENTITIES];
  return IDENTITIES;
}

function valueFor(p: ParameterDeclaration): fc.Arbitrary<string> {
  // Mostly values of the right type (to reach the behaviour), sometimes anything (to test binding).
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fitting(p)) }, { weight: 1, arbitrary: fc.constantFrom(...ANY) });
}

/** One call: a few distinct parameters in random order, some values bad. */
function callOf(def: CmdletDefinition): fc.Arbitrary<string> {
  const params = def.parameters.filter((p) => !['Confirm', 'WhatIf'].includes(p.name));
  const tail = def.supportsShouldProcess ? ['-Confirm:$false'] : [];
  if (params.length === 0) return fc.constant([def.name, ...tail].join(' '));
  return fc
    .uniqueArray(fc.record({ p: fc.constantFrom(...params), switchForm: fc.boolean() }), { maxLength: 5, selector: (x) => x.p.name })
    .chain((picked) =>
      fc.tuple(...picked.map(({ p, switchForm }) => (p.type === 'SwitchParameter' && switchForm ? fc.constant(`-${p.name}`) : valueFor(p).map((v) => `-${p.name} ${v}`)))).map(
        (parts) => [def.name, ...parts, ...tail].join(' '),
      ),
    );
}

/** A JavaScript failure leaking out: what a user must never see. */
const JS_LEAK = /\b(undefined|NaN|TypeError|ReferenceError|RangeError|is not a function|Cannot read propert|\[object Object\])\b/;

let base: string | null = null;
function session(): Session {
  // One world with a batch, an endpoint and the on-premises side imported, copied for every run.
  if (!base) {
    const s = createSession({ scenario: 'contoso', input: ['CONTOSO\\administrator', 'P@ssw0rd!'] });
    s.run('$cred = Get-Credential');
    s.run('New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred');
    s.run('New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart');
    s.advance('6h');
    base = s.snapshot().json;
  }
  const s = createSession({ world: JSON.parse(base), input: ['CONTOSO\\administrator', 'P@ssw0rd!'] });
  s.run(
    "$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force)); " +
      '$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred; ' +
      'Import-PSSession $onprem -Prefix OnPrem -WarningAction SilentlyContinue | Out-Null',
  );
  return s;
}

describe('random calls of every Exchange cmdlet', () => {
  const cases: [string, CmdletDefinition, string][] = [
    ...EXCHANGE_ONLINE_CMDLETS.map((d) => ['Exchange Online', d, ''] as [string, CmdletDefinition, string]),
    ...ON_PREMISES_CMDLETS.map((d) => ['on-premises', d, 'OnPrem'] as [string, CmdletDefinition, string]),
  ];
  test.each(cases.map(([side, def, prefix]) => [`${side}: ${def.name}`, def, prefix] as const))('%s', (_label, def, prefix) => {
    const s = session();
    const named = prefix ? def.name.replace('-', `-${prefix}`) : def.name;
    fc.assert(
      fc.property(callOf(def), (call) => {
        const line = call.replace(def.name, named);
        const before = s.store.exportJson();
        const r = s.run(line);
        for (const e of r.errors) {
          expect(e.message, line).not.toMatch(JS_LEAK);
          // A bare RuntimeException is how an exception nobody mapped surfaces: Exchange's are typed.
          expect(e.fullyQualifiedErrorId, `${line}: ${e.message}`).not.toMatch(/^RuntimeException\b/);
        }
        expect(r.text, line).not.toMatch(/TypeError|ReferenceError|at .*\.js:\d+/);
        expect(checkWorld(s.store.read()), line).toEqual([]);
        // A call refused at binding (before the cmdlet ran) changes nothing.
        if (r.errors.some((e) => /^(NamedParameterNotFound|ParameterArgument|PositionalParameterNotFound|MissingArgument|AmbiguousParameterSet|ParameterBindingFailed|CannotConvertArgument|ParameterAlreadyBound)/.test(e.fullyQualifiedErrorId ?? '')))
          expect(s.store.exportJson(), line).toBe(before);
      }),
      { numRuns: 25, seed: 20261124 },
    );
  });
});
