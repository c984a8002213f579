/**
 * The on-premises side: the Exchange Management Shell cmdlets a Microsoft.Exchange remote session
 * offers (imported with Import-PSSession or run with Invoke-Command -Session), and the remoting
 * cmdlets that reach them.
 */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { CLIENT_ACCESS_SERVER_CMDLETS } from './client-access-server';
import { ON_PREM_MAILBOX_CMDLETS } from './mailbox';
import { ON_PREM_USER_CMDLETS } from './users';
import { PERMISSION_CMDLETS } from './permissions';
import { DIRECTORY_CMDLETS } from './directory';
import { UM_MAILBOX_CMDLETS } from './um-mailbox';
import { OUTLOOK_ANYWHERE_CMDLETS } from './outlook-anywhere';
import { CERTIFICATE_CMDLETS } from './certificates';
import { MESSAGE_TRACKING_CMDLETS } from './message-tracking';
import { REMOTING_CMDLETS, setExchangeShellCmdlets } from './remoting';

export const ON_PREMISES_CMDLETS: CmdletDefinition[] = [
  ...CLIENT_ACCESS_SERVER_CMDLETS,
  ...ON_PREM_MAILBOX_CMDLETS,
  ...ON_PREM_USER_CMDLETS,
  ...PERMISSION_CMDLETS,
  ...DIRECTORY_CMDLETS,
  ...UM_MAILBOX_CMDLETS,
  ...OUTLOOK_ANYWHERE_CMDLETS,
  ...CERTIFICATE_CMDLETS,
  ...MESSAGE_TRACKING_CMDLETS,
];
setExchangeShellCmdlets(ON_PREMISES_CMDLETS);

export { REMOTING_CMDLETS, PSSESSION_TYPE, MODULE_INFO_TYPE } from './remoting';
export { ON_PREM_SOURCE } from './context';
