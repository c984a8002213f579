/**
 * One test per documented rule and failure scenario through the cmdlet layer: the error's id,
 * category and exact text, and that the world did not change (notes/exchange-model.md §3, §5).
 */
import { describe, expect, it } from 'vitest';
import { PSCredential, PSDateTime, PSEnumValue, PSObject, SecureString, stringOf, type PSValue } from '../../src/engine/values';
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { harness, type Harness } from './harness';
import { testMigrationServerAvailabilityCmdlet, newMigrationEndpointCmdlet, removeMigrationEndpointCmdlet, setMigrationEndpointCmdlet } from '../../cmdlets/exchange-online/migration-endpoint';
import { newMigrationBatchCmdlet, getMigrationBatchCmdlet, startMigrationBatchCmdlet, stopMigrationBatchCmdlet, completeMigrationBatchCmdlet, removeMigrationBatchCmdlet, setMigrationBatchCmdlet } from '../../cmdlets/exchange-online/migration-batch';
import { getMigrationUserCmdlet, getMigrationUserStatisticsCmdlet, startMigrationUserCmdlet } from '../../cmdlets/exchange-online/migration-user';
import { getAcceptedDomainCmdlet, newAcceptedDomainCmdlet, removeAcceptedDomainCmdlet } from '../../cmdlets/exchange-online/accepted-domain';
import { getMailboxCmdlet } from '../../cmdlets/exchange-online/recipients';
import { connectMgGraphCmdlet, setMgUserLicenseCmdlet } from '../../cmdlets/exchange-online/graph';

const cred = new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));
const badCred = new PSCredential('CONTOSO\\administrator', new SecureString('wrong'));
const prop = (o: PSValue | undefined, n: string) => stringOf((o as PSObject).get(n) ?? null);

function endpoint(h: Harness) {
  const r = h.run(newMigrationEndpointCmdlet, { ExchangeOutlookAnywhere: true, Autodiscover: true, Name: 'CutoverEndpoint', EmailAddress: 'administrator@contoso.com', Credentials: cred }, { parameterSet: 'ExchangeOutlookAnywhereAutoDiscover' });
  expect(r.errors).toEqual([]);
}

function batch(h: Harness, autoStart = true) {
  endpoint(h);
  expect(h.run(newMigrationBatchCmdlet, { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint', AutoStart: autoStart }).errors).toEqual([]);
}

interface Case {
  name: string;
  scenario?: string;
  setup?: (h: Harness) => void;
  cmdlet: CmdletDefinition;
  params: Record<string, PSValue>;
  id: string;
  category: string;
  message: string;
}

const CASES: Case[] = [
  {
    name: 'R1: a second cutover batch is refused',
    setup: (h) => batch(h),
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'Cutover2', SourceEndpoint: 'CutoverEndpoint' },
    id: 'MigrationCutoverBatchAlreadyExistsException',
    category: 'InvalidOperation',
    message: "A cutover migration batch already exists. Only one cutover batch can exist at a time. Existing batch: 'CutoverBatch'.",
  },
  {
    name: 'R24: a duplicate batch name is refused',
    setup: (h) => batch(h),
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'cutoverbatch', SourceEndpoint: 'CutoverEndpoint' },
    id: 'MigrationJobAlreadyExistsException',
    category: 'ResourceExists',
    message: "A migration batch with the name 'cutoverbatch' already exists.",
  },
  {
    name: 'R24: a batch name with spaces is refused',
    setup: endpoint,
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'Cutover Batch', SourceEndpoint: 'CutoverEndpoint' },
    id: 'ParameterBindingValidationException',
    category: 'InvalidArgument',
    message: "The batch name 'Cutover Batch' isn't valid. Use letters, digits, hyphens and underscores only, without spaces or special characters.",
  },
  {
    name: 'R3/R17: cutover is refused while directory synchronization is on',
    scenario: 'contoso-dirsync',
    setup: endpoint,
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint' },
    id: 'CutoverMigrationNotAllowedException',
    category: 'InvalidOperation',
    message: "Cutover migration isn't allowed for the organization 'contoso' because directory synchronization is enabled.",
  },
  {
    name: 'R31: StartAfter and AutoStart together are refused',
    setup: endpoint,
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint', AutoStart: true, StartAfter: new PSDateTime(Date.UTC(2025, 0, 10)) },
    id: 'MigrationSchedulingParameterException',
    category: 'InvalidArgument',
    message: "The parameters StartAfter and AutoStart can't be used together.",
  },
  {
    name: 'an unknown source endpoint',
    cmdlet: newMigrationBatchCmdlet,
    params: { Name: 'CutoverBatch', SourceEndpoint: 'Nope' },
    id: 'MigrationEndpointNotFoundException',
    category: 'ObjectNotFound',
    message: "The migration endpoint 'Nope' couldn't be found.",
  },
  {
    name: 'Get-MigrationBatch of an unknown batch',
    cmdlet: getMigrationBatchCmdlet,
    params: { Identity: 'Missing' },
    id: 'MigrationBatchNotFoundException',
    category: 'ObjectNotFound',
    message: "The migration batch 'Missing' couldn't be found.",
  },
  {
    name: 'Start-MigrationBatch on a running batch',
    setup: (h) => batch(h),
    cmdlet: startMigrationBatchCmdlet,
    params: { Identity: 'CutoverBatch' },
    id: 'MigrationBatchCannotBeStartedException',
    category: 'InvalidOperation',
    message: "The migration batch 'CutoverBatch' can't be started because its status is Starting.",
  },
  {
    name: 'Complete-MigrationBatch before the batch is synced',
    setup: (h) => batch(h, false),
    cmdlet: completeMigrationBatchCmdlet,
    params: { Identity: 'CutoverBatch' },
    id: 'MigrationBatchCannotBeCompletedException',
    category: 'InvalidOperation',
    message: "The migration batch 'CutoverBatch' can't be completed because its status is Created. Only a batch that is Synced or SyncedWithErrors can be completed.",
  },
  {
    name: 'Stop-MigrationBatch on a batch that was never started',
    setup: (h) => batch(h, false),
    cmdlet: stopMigrationBatchCmdlet,
    params: { Identity: 'CutoverBatch' },
    id: 'MigrationBatchCannotBeStoppedException',
    category: 'InvalidOperation',
    message: "The migration batch 'CutoverBatch' can't be stopped because its status is Created.",
  },
  {
    name: 'Remove-MigrationBatch while it is starting',
    setup: (h) => batch(h),
    cmdlet: removeMigrationBatchCmdlet,
    params: { Identity: 'CutoverBatch' },
    id: 'MigrationBatchCannotBeRemovedException',
    category: 'InvalidOperation',
    message: "The migration batch 'CutoverBatch' can't be removed while its status is Starting. Stop the batch first.",
  },
  {
    name: 'Set-MigrationBatch -CompleteAfter on a cutover batch',
    setup: (h) => batch(h, false),
    cmdlet: setMigrationBatchCmdlet,
    params: { Identity: 'CutoverBatch', CompleteAfter: new PSDateTime(Date.UTC(2025, 0, 10)) },
    id: 'MigrationSchedulingParameterException',
    category: 'InvalidArgument',
    message: "The parameter 'CompleteAfter' isn't valid for ExchangeOutlookAnywhere migration batches.",
  },
  {
    name: 'Remove-MigrationEndpoint while a batch uses it',
    setup: (h) => batch(h, false),
    cmdlet: removeMigrationEndpointCmdlet,
    params: { Identity: 'CutoverEndpoint' },
    id: 'MigrationEndpointInUseException',
    category: 'InvalidOperation',
    message: "The migration endpoint 'CutoverEndpoint' can't be removed because migration batch 'CutoverBatch' uses it. Remove the batch first.",
  },
  {
    name: 'R27: MaxConcurrentMigrations above 100',
    setup: endpoint,
    cmdlet: setMigrationEndpointCmdlet,
    params: { Identity: 'CutoverEndpoint', MaxConcurrentMigrations: 150 },
    id: 'ParameterBindingValidationException',
    category: 'InvalidArgument',
    message: 'The value 150 of MaxConcurrentMigrations is out of range. Specify a value from 1 to 100.',
  },
  {
    name: 'R13: New-MigrationEndpoint with a wrong password',
    cmdlet: newMigrationEndpointCmdlet,
    params: { ExchangeOutlookAnywhere: true, Autodiscover: true, Name: 'CutoverEndpoint', EmailAddress: 'administrator@contoso.com', Credentials: badCred },
    id: 'MigrationServerConnectionFailedException',
    category: 'ConnectionError',
    message: "The connection to the server 'autodiscover.contoso.com' could not be completed.",
  },
  {
    name: 'Get-MigrationUserStatistics of an unknown user',
    cmdlet: getMigrationUserStatisticsCmdlet,
    params: { Identity: 'nobody@contoso.com' },
    id: 'MigrationUserNotFoundException',
    category: 'ObjectNotFound',
    message: "The migration user 'nobody@contoso.com' couldn't be found.",
  },
  {
    name: 'Get-AcceptedDomain of a domain the tenant does not have',
    cmdlet: getAcceptedDomainCmdlet,
    params: { Identity: 'fabrikam.com' },
    id: 'ManagementObjectNotFoundException',
    category: 'NotSpecified',
    message: "The operation couldn't be performed because object 'fabrikam.com' couldn't be found on 'CONTOSOPR01A001.PROD.OUTLOOK.COM'.",
  },
  {
    name: 'New-AcceptedDomain for an unverified domain',
    scenario: 'contoso-domain-unverified',
    cmdlet: newAcceptedDomainCmdlet,
    params: { Name: 'Contoso', DomainName: 'contoso.com' },
    id: 'DomainNotVerifiedException',
    category: 'InvalidOperation',
    message: "The domain 'contoso.com' hasn't been verified. Verify it in the Microsoft 365 admin center before you add it as an accepted domain.",
  },
  {
    name: 'Remove-AcceptedDomain of the initial domain',
    cmdlet: removeAcceptedDomainCmdlet,
    params: { Identity: 'contoso.onmicrosoft.com' },
    id: 'CannotRemoveDefaultAcceptedDomainException',
    category: 'InvalidOperation',
    message: "The initial domain 'contoso.onmicrosoft.com' can't be removed.",
  },
  {
    name: 'Get-Mailbox of a mailbox not yet migrated',
    cmdlet: getMailboxCmdlet,
    params: { Identity: 'sara.lindqvist' },
    id: 'ManagementObjectNotFoundException',
    category: 'NotSpecified',
    message: "The operation couldn't be performed because object 'sara.lindqvist' couldn't be found on 'CONTOSOPR01A001.PROD.OUTLOOK.COM'.",
  },
  {
    name: 'Set-MgUserLicense before Connect-MgGraph',
    cmdlet: setMgUserLicenseCmdlet,
    params: { UserId: 'sara.lindqvist@contoso.com', AddLicenses: [], RemoveLicenses: [] },
    id: 'RuntimeException',
    category: 'NotSpecified',
    message: 'Authentication needed. Please call Connect-MgGraph.',
  },
  {
    name: 'Set-MgUserLicense for a user the tenant does not have',
    setup: (h) => void h.run(connectMgGraphCmdlet, { NoWelcome: true }),
    cmdlet: setMgUserLicenseCmdlet,
    params: { UserId: 'nobody@contoso.com', AddLicenses: [], RemoveLicenses: [] },
    // Graph's error: FullyQualifiedErrorId starts with Graph's error code; the message carries the HTTP status.
    id: 'Request_ResourceNotFound',
    category: 'InvalidOperation',
    message: expect.stringMatching(/^Resource 'nobody@contoso\.com' does not exist or one of its queried reference-property objects are not present\.\n\nStatus: 404 \(NotFound\)\nErrorCode: Request_ResourceNotFound\n/) as unknown as string,
  },
];

describe('failures leave the world unchanged and report Exchange-shaped errors', () => {
  it.each(CASES)('$name', (c) => {
    const h = harness(c.scenario);
    c.setup?.(h);
    const before = h.snapshot();
    const r = h.run(c.cmdlet, c.params);
    expect(r.errors.map((e) => [e.errorId, e.category, e.message])).toEqual([[c.id, c.category, c.message]]);
    expect(r.output).toEqual([]);
    expect(h.snapshot()).toBe(before);
  });
});

describe('scenario outcomes', () => {
  it('R10: a self-signed certificate makes the test fail with SupportsCutover False and no settings', () => {
    const h = harness('contoso-selfsigned-cert');
    const t = h.run(testMigrationServerAvailabilityCmdlet, { ExchangeOutlookAnywhere: true, Autodiscover: true, EmailAddress: 'administrator@contoso.com', Credentials: cred });
    expect(t.errors).toEqual([]);
    expect(['Result', 'SupportsCutover', 'ConnectionSettings'].map((n) => prop(t.output[0], n))).toEqual(['Failed', 'False', '']);
    const ok = h.run(testMigrationServerAvailabilityCmdlet, { ExchangeOutlookAnywhere: true, Autodiscover: true, EmailAddress: 'administrator@contoso.com', Credentials: cred, AcceptUntrustedCertificates: true });
    expect(prop(ok.output[0], 'Result')).toBe('Success');
  });

  it('R8: with contoso.com unverified the users fail and Start-MigrationUser retries one', () => {
    const h = harness('contoso-domain-unverified');
    batch(h);
    h.advanceHours(24);
    const failed = h.run(getMigrationUserCmdlet, { Status: new PSEnumValue('MigrationUserStatus', 'Failed') });
    expect(failed.output.length).toBeGreaterThan(0);
    const id = prop(failed.output[0], 'Identity');
    expect(h.run(startMigrationUserCmdlet, { Identity: failed.output[0] }).errors).toEqual([]);
    expect(prop(h.run(getMigrationUserCmdlet, { Identity: id }).output[0], 'Status')).toBe('Queued');
  });

  it('-WhatIf changes nothing and writes nothing', () => {
    const h = harness();
    endpoint(h);
    const before = h.snapshot();
    const r = h.run(newMigrationBatchCmdlet, { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint', AutoStart: true }, { whatIf: true });
    expect([r.output, r.errors]).toEqual([[], []]);
    expect(h.snapshot()).toBe(before);
  });

  it('Set-MgUserLicense assigns E3 by SkuId to a migrated user', () => {
    const h = harness();
    batch(h);
    h.advanceHours(72);
    expect(h.run(connectMgGraphCmdlet, { Scopes: ['User.ReadWrite.All'] }).host).toEqual([
      'Welcome to Microsoft Graph!\n\nConnected via delegated access using 14d82eec-204b-4c2f-b7e8-296a70dab67e\nReadme: https://aka.ms/graph/sdk/powershell\nSDK Docs: https://aka.ms/graph/sdk/powershell/docs\nAPI Docs: https://aka.ms/graph/docs\n\nNOTE: You can use the -NoWelcome parameter to suppress this message.\n',
    ]);
    const r = h.run(setMgUserLicenseCmdlet, { UserId: 'sara.lindqvist@contoso.com', AddLicenses: [new PSObject().addNoteProperty('SkuId', '6fd2c87f-b296-42f0-b197-1e91e994b900')], RemoveLicenses: [] });
    expect(r.errors).toEqual([]);
    expect(prop(r.output[0], 'UserPrincipalName')).toBe('sara.lindqvist@contoso.com');
    expect(h.runtime.store.read().tenant.users.find((u) => u.userPrincipalName === 'sara.lindqvist@contoso.com')!.licenses).toEqual(['ENTERPRISEPACK']);
  });
});
