/**
 * Every Exchange-side cmdlet the session registers. The core PowerShell cmdlets are registered by
 * the engine itself (cmdlets/core); the on-premises ones arrive through Import-PSSession.
 */
import type { CmdletDefinition } from '../src/engine/cmdlet';
import { EXCHANGE_MODULE_CMDLETS, EXCHANGE_ONLINE_CMDLETS } from './exchange-online';
import { LAB_CMDLETS } from './lab/lab';
import { LAB_WORLD_CMDLETS } from './lab/world';
import { LAB_LAB_CMDLETS } from './lab/labs';
import { LAB_LICENSE_CMDLETS } from './lab/licenses';
import { LAB_DNS_CMDLETS } from './lab/dns';
import { DNS_CLIENT_CMDLETS } from './lab/dns-client';
import { NETWORK_CMDLETS } from './lab/network';
import { DNS_SERVER_CMDLETS } from './on-premises/dns-server';
import { MAIL_CMDLETS, MAIL_LAB_CMDLETS } from './lab/mail';
import { registerExchangeViews } from './exchange-types';
import { REMOTING_CMDLETS } from './on-premises';

export interface ExchangeCmdletOptions {
  /** Start as after Connect-ExchangeOnline (the seed's state after its connect step). */
  connected: boolean;
}

export function exchangeCmdlets(options: ExchangeCmdletOptions): CmdletDefinition[] {
  registerExchangeViews();
  return [...LAB_CMDLETS, ...LAB_WORLD_CMDLETS, ...LAB_LAB_CMDLETS, ...LAB_LICENSE_CMDLETS, ...LAB_DNS_CMDLETS, ...DNS_CLIENT_CMDLETS, ...NETWORK_CMDLETS, ...DNS_SERVER_CMDLETS, ...MAIL_LAB_CMDLETS, ...MAIL_CMDLETS, ...EXCHANGE_MODULE_CMDLETS, ...REMOTING_CMDLETS, ...(options.connected ? EXCHANGE_ONLINE_CMDLETS : [])];
}
