/**
 * The Exchange Online side: the cmdlets the ExchangeOnlineManagement module makes available after
 * Connect-ExchangeOnline, the connection cmdlets themselves, and Set-MgUserLicense (Graph).
 */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { MIGRATION_BATCH_CMDLETS } from './migration-batch';
import { MIGRATION_ENDPOINT_CMDLETS } from './migration-endpoint';
import { MIGRATION_USER_CMDLETS } from './migration-user';
import { ACCEPTED_DOMAIN_CMDLETS } from './accepted-domain';
import { RECIPIENT_CMDLETS } from './recipients';
import { MAILBOX_REPORT_CMDLETS } from './mailbox-reports';
import { MESSAGE_TRACE_CMDLETS } from './message-trace';
import { GRAPH_CMDLETS } from './graph';
import { importModuleCmdlet } from './import-module';
import { CONNECTION_CMDLETS, setExchangeOnlineCmdlets } from './connection';

/** Present only while connected (added and removed by Connect-/Disconnect-ExchangeOnline). */
export const EXCHANGE_ONLINE_CMDLETS: CmdletDefinition[] = [
  ...MIGRATION_ENDPOINT_CMDLETS,
  ...MIGRATION_BATCH_CMDLETS,
  ...MIGRATION_USER_CMDLETS,
  ...ACCEPTED_DOMAIN_CMDLETS,
  ...RECIPIENT_CMDLETS,
  ...MAILBOX_REPORT_CMDLETS,
  ...MESSAGE_TRACE_CMDLETS,
];

setExchangeOnlineCmdlets(EXCHANGE_ONLINE_CMDLETS);

/** Always present: the installed modules' own cmdlets. */
export const EXCHANGE_MODULE_CMDLETS: CmdletDefinition[] = [...CONNECTION_CMDLETS, ...GRAPH_CMDLETS, importModuleCmdlet];

export { connectionOf, setConnection, defaultConnection, EXO_MODULE, type ExchangeConnection } from './connection';
export { WORLD_SERVICE } from './context';
export { EXCHANGE_MESSAGES } from './messages';
