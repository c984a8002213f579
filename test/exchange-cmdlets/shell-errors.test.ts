/**
 * Errors of the Exchange cmdlets as the shell prints them (ConciseView) with their ErrorRecord's
 * FullyQualifiedErrorId, category and exception type, from the binder (reference types and enums)
 * and from the migration rules; the world is unchanged after each. Also -WhatIf's line.
 */
import { describe, expect, it } from 'vitest';
import { seedSession } from '../e2e/seed-helpers';

const NEW_ENDPOINT = 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress administrator@contoso.com -Credentials $cred';

const CASES: { script: string; text: string; fqid: string; category: string }[] = [
  {
    script: 'Get-MigrationBatch -Identity Nope',
    text: "Get-MigrationBatch: The migration batch 'Nope' couldn't be found.\n",
    fqid: 'MigrationBatchNotFoundException,Get-MigrationBatch',
    category: 'ObjectNotFound',
  },
  {
    script: 'Get-MigrationBatch -Status Bogus',
    text: 'Get-MigrationBatch: Cannot bind parameter \'Status\'. Cannot convert value "Bogus" to type "MigrationBatchStatus". Error: "Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again: Completed, CompletedWithErrors, Completing, Corrupted, Created, Failed, IncrementalSyncing, Removing, Starting, Stopped, Syncing, Stopping, Synced, SyncedWithErrors, Waiting"\n',
    fqid: 'CannotConvertArgumentNoMessage,Get-MigrationBatch',
    category: 'InvalidArgument',
  },
  {
    script: `${NEW_ENDPOINT} -MaxConcurrentMigrations abc`,
    text: 'New-MigrationEndpoint: Cannot bind parameter \'MaxConcurrentMigrations\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n',
    fqid: 'CannotConvertArgumentNoMessage,New-MigrationEndpoint',
    category: 'InvalidArgument',
  },
  {
    script: 'Get-MigrationUser -BatchId X -Identity y',
    text: 'Get-MigrationUser: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n',
    fqid: 'AmbiguousParameterSet,Get-MigrationUser',
    category: 'InvalidArgument',
  },
  {
    script: 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint Nope',
    text: "New-MigrationBatch: The migration endpoint 'Nope' couldn't be found.\n",
    fqid: 'MigrationEndpointNotFoundException,New-MigrationBatch',
    category: 'ObjectNotFound',
  },
  {
    script: 'Get-MigrationEndpoint -Type Exchange',
    text: 'Get-MigrationEndpoint: Cannot bind parameter \'Type\'. Cannot convert value "Exchange" to type "MigrationType". Error: "Unable to match the identifier name Exchange to a valid enumerator name. Specify one of the following enumerator names and try again: ExchangeOutlookAnywhere, ExchangeRemoteMove, IMAP, PublicFolder, Gmail, PSTImport, Compliance, GoogleMarketplaceApp"\n',
    fqid: 'CannotConvertArgumentNoMessage,Get-MigrationEndpoint',
    category: 'InvalidArgument',
  },
];

describe('Exchange errors in the shell', () => {
  it.each(CASES)('$script', (c) => {
    const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
    s.run('$cred = Get-Credential');
    const before = s.store.exportJson();
    const r = s.run(c.script);
    expect(r.text).toBe(c.text);
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category])).toEqual([[c.fqid, c.category]]);
    expect(s.store.exportJson()).toBe(before);
  });

  it('a model error is typed: catch sees the Exchange exception type, id and category', () => {
    const s = seedSession([]);
    const r = s.run('try { Get-MigrationBatch Nope -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo.Category)"; $_.Exception.GetType().FullName }');
    expect(r.text).toBe('MigrationBatchNotFoundException,Get-MigrationBatch\nObjectNotFound\nMicrosoft.Exchange.Migration.MigrationBatchNotFoundException\n');
  });

  it('-WhatIf prints Exchange\'s own confirmation text and changes nothing', () => {
    const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
    s.run('$cred = Get-Credential');
    const before = s.store.exportJson();
    expect(s.run(`${NEW_ENDPOINT} -WhatIf`).text).toBe('What if: Creating migration endpoint "CutoverEndpoint".\n');
    expect(s.store.exportJson()).toBe(before);
  });

  it('New-AcceptedDomain -WhatIf prints the text of the Exchange WhatIf/Confirm article', () => {
    // whatif-confirm-and-validateonly-switches-exchange-2013-help, blocks 0 and 1.
    const s = seedSession([]);
    const before = s.store.exportJson();
    expect(s.run('New-AcceptedDomain -Name "Contoso Domain" -DomainName "contoso.com" -WhatIf').text).toBe(
      'What if: Creating Accepted Domain "Contoso Domain" with domain name "contoso.com".\n',
    );
    expect(s.store.exportJson()).toBe(before);
  });

  it('-Confirm asks with Exchange\'s text and the remote choices; No changes nothing', () => {
    const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!', 'N']);
    s.run('$cred = Get-Credential');
    s.run(NEW_ENDPOINT);
    const before = s.store.exportJson();
    const r = s.run('Remove-MigrationEndpoint CutoverEndpoint');
    expect(r.text).toBe(
      'Confirm\nAre you sure you want to perform this action?\nRemoving migration endpoint "CutoverEndpoint".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): N\n',
    );
    expect(r.errors).toEqual([]);
    expect(s.store.exportJson()).toBe(before);
  });

  it('a script function\'s $PSCmdlet.ShouldProcess(description, warning, caption) prints its own texts', () => {
    const s = seedSession([]);
    const r = s.run('function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("Deleting everything.", "Delete everything?", "Careful")) { "done" } }; f -WhatIf');
    expect(r.text).toBe('What if: Deleting everything.\n');
  });
});
