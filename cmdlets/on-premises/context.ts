/**
 * Shared by the Exchange Management Shell cmdlets (reached through a remote session to the
 * on-premises server): their snap-in name, the directory server named in not-found errors, and the
 * mapping from the model's admin outcomes (src/model/onprem-admin.ts) to catalogue errors.
 */
import type { AdminOutcome } from '../../src/model/onprem-admin';
import type { World } from '../../src/model/world';
import { fail } from '../exchange-online/context';

/** The Exchange 2010 snap-in the cmdlets come from (Get-Command shows the imported tmp_ module instead). */
export const ON_PREM_SOURCE = 'Microsoft.Exchange.Management.PowerShell.E2010';

/** The domain controller Exchange names in its not-found errors [EMU: the org has one DC, DC01]. */
export function domainControllerOf(w: World): string {
  return `DC01.${w.onPrem.adDomain}`;
}

/** Turns a refused admin outcome into the cmdlet's error (throws); 'ok' and 'unchanged' pass. */
export function check(w: World, outcome: AdminOutcome, identity: string, principal = ''): void {
  if (outcome === 'not-found') fail('ObjectNotFound', [identity, domainControllerOf(w)], identity);
  if (outcome === 'principal-not-found') fail('UnknownPrincipal', [principal], principal);
  if (outcome === 'exists') fail('PermissionExists', [identity, principal], identity);
}
