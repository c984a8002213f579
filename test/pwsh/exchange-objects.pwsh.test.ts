/**
 * Exchange objects formatted by pwsh: pwsh cannot run the Exchange cmdlets, but it formats what they
 * return. The emulator runs the cutover lab (README, test/e2e/seed-000.test.ts), exports what its
 * Exchange cmdlets return with Export-Clixml, and pwsh imports each file and runs the pipelines admins
 * type (explicit properties, calculated columns, Group/Measure/Sort, CSV) at widths 80, 120 and 200.
 * The emulator runs the same pipeline on its own import of the same file: the text must match pwsh.
 *
 * Live objects: where Exchange itself gives the same for a live object as for an imported one (the
 * views below never look at a deserialized enum's number), the emulator's live objects are checked
 * against pwsh's text too. Cases marked `live: false` depend on what importing changes: an imported
 * Exchange enum is an Int32 in pwsh (`"$($o.Status)"` is the number, `Status -eq 'Synced'` is False).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, describeDisagreement, oracleAvailable, recordAgreement, runPwsh, type OracleResult } from './oracle';
import { knownDifference } from './known-differences';
import { exoSession, getFile, putFile, quote, run } from '../fixtures/clixml/run-exo';
import type { Session } from '../../src/session';

process.env.TZ = 'UTC';

/** The cutover lab of the README: the connection test, the endpoint, a started batch, a day later. */
const LAB = `$cred = [pscredential]::new('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))
$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred
$null = New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings
$null = New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart
Set-LabClock -Advance 1d`;

/** Each file: the live command whose output it holds. */
const SOURCES: Record<string, string> = {
  batch: 'Get-MigrationBatch',
  users: 'Get-MigrationUser',
  stats: 'Get-MigrationUser | ForEach-Object { Get-MigrationUserStatistics -Identity $_.Identity }',
  endpoint: 'Get-MigrationEndpoint',
  tsma: '$TSMA',
  mailbox: 'Get-Mailbox',
  domains: 'Get-AcceptedDomain',
};

interface ViewCase {
  file: keyof typeof SOURCES;
  code: string;
  /** false when an imported object shows something a live one does not (see the header). */
  live?: boolean;
}

const VIEWS: ViewCase[] = [
  { file: 'batch', code: '$o | Format-Table Identity, Status, Type' },
  { file: 'batch', code: '$o | Format-Table Identity,Status,TotalCount,SyncedCount -AutoSize' },
  { file: 'batch', code: '$o | Format-List Identity,Status,*Count' },
  { file: 'batch', code: '$o | Select-Object Identity,Status,SourceEndpoint | Sort-Object Identity' },
  { file: 'batch', code: '$o | Format-Table Identity, @{n="Synced";e={$_.SyncedCount}}, @{n="Pct";e={[math]::Round($_.SyncedCount / $_.TotalCount * 100, 1)}}' },
  { file: 'batch', code: '$o | Measure-Object -Property TotalCount -Sum | Select-Object Count, Sum' },
  { file: 'batch', code: '$o | Select-Object Identity, Status, TotalCount, CreationDateTime | ConvertTo-Csv -NoTypeInformation' },
  { file: 'batch', code: '$o.Status.ToString(); $o.Status.Value; [string]$o.Status' },
  { file: 'batch', code: '"[$($o.Status)]"; $o.Status -eq "Synced"; $o.Status; $o.Status.pstypenames[0]', live: false },
  { file: 'batch', code: '$o | Select-Object Identity, Status | ConvertTo-Json -Compress', live: false },
  { file: 'users', code: '$o | Format-Table Identity, Status, BatchId' },
  { file: 'users', code: '$o | Group-Object Status | Select-Object Name, Count' },
  { file: 'users', code: '$o | Group-Object { $_.Identity.Split("@")[1] } -NoElement' },
  { file: 'users', code: '$o | Sort-Object Identity -Descending | Select-Object -First 5 Identity, Status' },
  { file: 'users', code: '$o | Where-Object { $_.Status.ToString() -eq "Synced" } | Select-Object -First 3 -ExpandProperty Identity' },
  { file: 'users', code: '@($o | Where-Object Status -eq "Synced").Count; @($o | Where-Object { "$($_.Status)" -eq "Synced" }).Count', live: false },
  { file: 'stats', code: '$o | Select-Object -First 6 | Format-Table @{n="Mailbox";e={$_.Identity}}, Status, @{n="Items";e={$_.SyncedItemCount};Align="Right"}' },
  { file: 'stats', code: '$o | Measure-Object -Property SyncedItemCount -Sum -Maximum -Minimum | Format-List Count, Sum, Maximum, Minimum' },
  { file: 'stats', code: '$o | Select-Object -First 2 Identity, BytesTransferred, PercentageComplete, StatusSummary | Format-List' },
  { file: 'stats', code: '$o | Select-Object Identity, SyncedItemCount, PercentageComplete | ConvertTo-Csv -NoTypeInformation | Select-Object -First 4' },
  { file: 'stats', code: '$o | Sort-Object SyncedItemCount -Descending | Select-Object -First 3 Identity, SyncedItemCount, TotalItemsInSourceMailboxCount' },
  { file: 'endpoint', code: '$o | Format-Table Identity, EndpointType' },
  { file: 'endpoint', code: '$o | Format-List Identity, EndpointType, ExchangeServer, RpcProxyServer, MaxConcurrentMigrations, UseAutoDiscover' },
  { file: 'tsma', code: '$o | Format-List Result, SupportsCutover, ConnectionSettings' },
  { file: 'tsma', code: '$o | Format-Table Result, SupportsCutover, IsValid -AutoSize' },
  { file: 'mailbox', code: '$o | Format-Table DisplayName, PrimarySmtpAddress, RecipientTypeDetails -AutoSize' },
  { file: 'mailbox', code: '$o | Select-Object -First 3 DisplayName, @{n="Addresses";e={$_.EmailAddresses -join ";"}}' },
  { file: 'mailbox', code: '$o | Where-Object DisplayName -like "S*" | Format-Table Name, Alias, WhenMailboxCreated' },
  { file: 'mailbox', code: '$o | Group-Object RecipientTypeDetails | Select-Object Name, Count' },
  { file: 'domains', code: '$o | Format-Table DomainName, DomainType, Default' },
  { file: 'domains', code: '$o | Where-Object Default | Select-Object -ExpandProperty DomainName; $o | Sort-Object DomainName | Format-List Name, DomainType' },
];

const WIDTHS = [80, 120, 200];

/**
 * Cases whose text is known to differ, by id (`<file>#<n>@<width>`, or `<file>#<n>` for every width),
 * with the reason (reported apart, not failed; an entry that agrees again fails, so the list stays
 * true). Each reason is also in docs/pwsh-differences.md.
 */
const KNOWN: Record<string, string> = {};

const idOf = (i: number, width: number, live = false) => `${VIEWS[i]!.file}#${i}@${width}${live ? ':live' : ''}`;
const knownFor = (i: number, width: number) => KNOWN[`${VIEWS[i]!.file}#${i}@${width}`] ?? KNOWN[`${VIEWS[i]!.file}#${i}`];

function labSession(width: number): Session {
  const s = exoSession(width);
  const r = run(s, LAB);
  if (r.errors.length) throw new Error(`the cutover lab failed in the emulator: ${r.errors[0]!.message}`);
  return s;
}

describe.skipIf(!oracleAvailable())('Exchange objects formatted by pwsh', () => {
  let dir = '';
  const files = new Map<string, Uint8Array>();
  const pwsh = new Map<string, OracleResult>();
  const exo = new Map<string, OracleResult>();
  const tally = { agreed: 0, total: 0, known: 0, knownByName: {} as Record<string, number> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exo-exchange-objects-'));
    // The emulator's Export-Clixml of each live result.
    const lab = labSession(120);
    for (const [name, source] of Object.entries(SOURCES)) {
      const r = run(lab, `${source} | Export-Clixml -LiteralPath ${name}.xml`);
      if (r.errors.length) throw new Error(`${name}: the emulator could not export: ${r.errors[0]!.message}`);
      const bytes = getFile(lab, `${name}.xml`);
      files.set(name, bytes);
      writeFileSync(join(dir, `${name}.xml`), bytes);
    }
    const cases = [];
    for (const width of WIDTHS) {
      const live = labSession(width);
      for (const [i, v] of VIEWS.entries()) {
        cases.push({ id: idOf(i, width), width, code: `$o = Import-Clixml -LiteralPath ${quote(join(dir, `${v.file}.xml`))}\n${v.code}` });
        const s = exoSession(width);
        const path = putFile(s, `${v.file}.xml`, files.get(v.file)!);
        run(s, `$o = Import-Clixml -LiteralPath ${quote(path)}`);
        exo.set(idOf(i, width), run(s, v.code));
        if (v.live !== false) {
          run(live, `$o = ${SOURCES[v.file]}`);
          exo.set(idOf(i, width, true), run(live, v.code));
        }
      }
    }
    for (const [id, r] of await runPwsh(cases)) pwsh.set(id, r);
    if (process.env.EXO_EXCHANGE_OBJECTS_DUMP)
      writeFileSync(process.env.EXO_EXCHANGE_OBJECTS_DUMP, JSON.stringify([...exo.keys()].map((id) => ({ id, pwsh: pwsh.get(id.replace(/:live$/, '')), exo: exo.get(id) }))));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    recordAgreement('exchange-objects', tally);
  });

  const check = (id: string, pwshId: string, code: string, known: string | undefined) => {
    // pwsh on Linux (.NET with ICU) writes en-US times as `10:30:00\u202fAM`; Windows uses a space.
    const p = pwsh.get(pwshId)!;
    let d = compare({ id, code }, { ...p, text: p.text.replace(/\u202f/g, ' ') }, exo.get(id)!);
    const shared = d && knownDifference(d);
    if (shared) {
      tally.known++;
      tally.knownByName[shared.name] = (tally.knownByName[shared.name] ?? 0) + 1;
      return;
    }
    tally.total++;
    if (known) {
      tally.known++;
      expect(d, `${id} is listed as a known difference (${known}) but agrees now: remove it`).not.toBeNull();
      return;
    }
    if (!d) tally.agreed++;
    expect(d && describeDisagreement(d)).toBeNull();
  };

  for (const width of WIDTHS)
    describe(`width ${width}`, () => {
      VIEWS.forEach((v, i) => {
        it(`${v.file}: ${v.code}`, () => check(idOf(i, width), idOf(i, width), v.code, knownFor(i, width)));
        if (v.live !== false) it(`${v.file} (live): ${v.code}`, () => check(idOf(i, width, true), idOf(i, width), v.code, knownFor(i, width)));
      });
    });

  it('exports Exchange enums as pwsh writes an enum: the number, its name and the enum type names', () => {
    const text = new TextDecoder().decode(files.get('batch')!);
    expect(text).toMatch(/<Obj N="Status" RefId="\d+">\s*<TN RefId="\d+">\s*<T>Microsoft\.Exchange\.Migration\.MigrationBatchStatus<\/T>\s*<T>System\.Enum<\/T>\s*<T>System\.ValueType<\/T>\s*<T>System\.Object<\/T>\s*<\/TN>\s*<ToString>Synced<\/ToString>\s*<I32>7<\/I32>/);
  });
});
