/**
 * Objects the output builders really emit, gathered by running a cutover on the built-in `contoso`
 * scenario (every output type the Exchange cmdlets declare that this walk reaches). The generator
 * reads their property names and value kinds, so result types never restate the builders.
 */
import { createSession } from '../../session';
import { PSCredential, PSObject, SecureString, type PSValue } from '../../engine/values';
import { exchangeCmdlets } from '../../../cmdlets';
import type { CmdletMetadata } from '../../engine/cmdlet';

/** Each step runs at its own instant of the walk, so statuses and dates are seen set and unset. */
const WALK: (string | { advance: number })[] = [
  '$tsma = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred; $tsma',
  'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $tsma.ConnectionSettings',
  'Get-MigrationEndpoint',
  'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint',
  'Get-MigrationBatch; Get-MigrationUser; Get-MigrationStatistics; Get-MigrationConfig',
  'Start-MigrationBatch -Identity CutoverBatch',
  { advance: 10 * 60_000 },
  'Get-MigrationBatch; Get-MigrationUser; Get-MigrationUserStatistics -Identity (Get-MigrationUser | Select-Object -First 1).Identity',
  { advance: 3 * 86_400_000 },
  'Get-MigrationBatch -IncludeReport; Get-MigrationUser; Get-MigrationUser | Get-MigrationUserStatistics -IncludeReport -IncludeSkippedItems; Get-MigrationStatistics',
  'Get-AcceptedDomain',
  'Get-Mailbox; Get-User; Get-Recipient',
  'Get-ConnectionInformation; Get-LabClock; Get-LabScenario',
];

export function sampleOutputs(): Map<string, PSObject[]> {
  const s = createSession({ scenario: 'contoso', realTime: () => 0 });
  s.runspace.setVariable('cred', new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!')));
  // One failing and one skipping mailbox, so error and skipped-item properties are seen filled in.
  const [failing, skipping] = s.world.onPrem.mailboxes.filter((m) => !m.hiddenFromAddressLists);
  s.faults.failMailbox(failing!.primarySmtpAddress, 'Unreadable');
  s.faults.failMailbox(skipping!.primarySmtpAddress, 'CorruptItems');
  const byType = new Map<string, PSObject[]>();
  const collect = (v: PSValue) => {
    if (!(v instanceof PSObject)) return;
    const t = v.psTypeNames[0]!.replace(/^Deserialized\./, '');
    let list = byType.get(t);
    if (!list) byType.set(t, (list = []));
    list.push(v);
  };
  for (const step of WALK) {
    if (typeof step !== 'string') {
      s.advance(step.advance);
      continue;
    }
    const r = s.invoke(step);
    if (r.errors.length) throw new Error(`sample step failed: ${step}: ${r.errors[0]!.message}`);
    r.output.forEach(collect);
  }
  return byType;
}

/** The cmdlets a session registers on the Exchange side (connected), as the shell binds them. */
export function libraryCmdlets(): CmdletMetadata[] {
  return exchangeCmdlets({ connected: true });
}
