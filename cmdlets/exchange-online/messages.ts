/**
 * The Exchange cmdlet layer's message catalogue: errors and texts raised by the cmdlets themselves
 * (the migration rules' messages live in src/model/migration/errors.ts). One id, one exception type,
 * one category and one template each; `emu` marks wordings chosen here because no source gives
 * Exchange's own text.
 */
import type { ErrorCategory } from '../../src/engine/cmdlet';

interface Entry {
  /** pwsh's error id when it is not the exception's class name (FullyQualifiedErrorId's first part). */
  errorId?: string;
  type: string;
  category: ErrorCategory;
  template: string;
  emu: boolean;
}

const e = (type: string, category: ErrorCategory, template: string, emu: boolean, errorId?: string): Entry => (errorId ? { errorId, type, category, template, emu } : { type, category, template, emu });

export const EXCHANGE_MESSAGES = {
  NoWorld: e('System.InvalidOperationException', 'InvalidOperation', 'No world is attached to this session: Exchange cmdlets need the session\'s world service.', true),
  // Exchange's ManagementObjectNotFoundException wording (on-premises and Exchange Online alike).
  ObjectNotFound: e('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException', 'NotSpecified', "The operation couldn't be performed because object '{0}' couldn't be found on '{1}'.", false),
  AcceptedDomainExists: e('Microsoft.Exchange.Management.SystemConfigurationTasks.DuplicateAcceptedDomainException', 'InvalidArgument', "An accepted domain with the domain name '{0}' already exists.", true),
  AcceptedDomainIsDefault: e('Microsoft.Exchange.Management.SystemConfigurationTasks.CannotRemoveDefaultAcceptedDomainException', 'InvalidOperation', "The accepted domain '{0}' is the default domain and can't be removed. Make another domain the default first.", true),
  AcceptedDomainNotVerified: e('Microsoft.Exchange.Management.SystemConfigurationTasks.DomainNotVerifiedException', 'InvalidOperation', "The domain '{0}' hasn't been verified. Verify it in the Microsoft 365 admin center before you add it as an accepted domain.", true),
  AcceptedDomainInitial: e('Microsoft.Exchange.Management.SystemConfigurationTasks.CannotRemoveDefaultAcceptedDomainException', 'InvalidOperation', "The initial domain '{0}' can't be removed.", true),
  // Microsoft Graph errors: the service's own message (the cmdlets add Status, ErrorCode, Date and Headers as
  // Graph PowerShell prints them; graph-common.ts has each id's HTTP status and error code).
  GraphOrganizationNotFound: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Resource '{0}' does not exist or one of its queried reference-property objects are not present.", false),
  GraphUserNotFound: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Resource '{0}' does not exist or one of its queried reference-property objects are not present.", false),
  GraphSkuNotFound: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'License {0} does not correspond to a valid company License.', true),
  GraphNoLicensesLeft: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'Subscription with SKU {0} does not have any available licenses.', false),
  GraphInvalidUsageLocation: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'License assignment cannot be done for user with invalid usage location.', false),
  GraphUsageLocationValue: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Invalid value specified for property 'usageLocation' of resource 'User'.", true),
  GraphFilterInvalid: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Invalid filter clause: {0}", true),
  GraphDomainNotFound: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Resource '{0}' does not exist or one of its queried reference-property objects are not present.", false),
  GraphDomainExists: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'Another object with the same value for property id already exists.', true),
  GraphDomainInvalid: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Invalid domain name '{0}'.", true),
  GraphDomainNotVerifiable: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Domain verification failed with the following error: The DNS TXT or MX record with the verification value for '{0}' was not found.", true),
  GraphDomainAlreadyVerified: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'Domain is already verified.', false),
  GraphDomainUnverified: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'Only verified domains can be updated.', true),
  GraphDomainInitial: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'The initial domain of the tenant cannot be deleted.', true),
  GraphDomainDefault: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', 'The default domain of the tenant cannot be deleted. Set another verified domain as the default first.', true),
  GraphDomainInUse: e('Microsoft.Graph.PowerShell.Runtime.RestException', 'InvalidOperation', "Domain '{0}' cannot be deleted because {1} object(s) still reference it. Find them with Get-MgDomainNameReference.", true),
  GraphNotConnected: e('System.Management.Automation.RuntimeException', 'NotSpecified', 'Authentication needed. Please call Connect-MgGraph.', false),
  GraphWelcome: e('', 'NotSpecified', 'Welcome to Microsoft Graph!\n\nConnected via delegated access using {0}\nReadme: https://aka.ms/graph/sdk/powershell\nSDK Docs: https://aka.ms/graph/sdk/powershell/docs\nAPI Docs: https://aka.ms/graph/docs\n\nNOTE: You can use the -NoWelcome parameter to suppress this message.\n', false),
  // Connection (Connect-ExchangeOnline): no network; the tenant's admin is the only account.
  ConnectBadUser: e('Microsoft.Identity.Client.MsalUiRequiredException', 'AuthenticationError', "AADSTS50034: The user account {0} does not exist in the {1} directory. To sign into this application, the account must be added to the directory.", false),
  // Remote sessions to the on-premises server.
  RemoteConnectFailed: e('System.Management.Automation.Remoting.PSRemotingTransportException', 'OpenError', "[{0}] Connecting to remote server {0} failed with the following error message : The WinRM client cannot process the request because the server name cannot be resolved. For more information, see the about_Remote_Troubleshooting Help topic.", false, 'PSSessionOpenFailed'),
  RemoteAccessDenied: e('System.Management.Automation.Remoting.PSRemotingTransportException', 'OpenError', '[{0}] Connecting to remote server {0} failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.', false, 'PSSessionOpenFailed'),
  RemoteNeedsCredential: e('System.Management.Automation.Remoting.PSRemotingTransportException', 'OpenError', '[{0}] Connecting to remote server {0} failed with the following error message : The WinRM client cannot process the request. Default credentials with Negotiate over HTTP can be used only if the target machine is part of the TrustedHosts list or the Allow implicit credentials for Negotiate option is specified. For more information, see the about_Remote_Troubleshooting Help topic.', false, 'PSSessionOpenFailed'),
  RemoteSessionClosed: e('System.Management.Automation.Runspaces.InvalidRunspaceStateException', 'InvalidOperation', 'Because the session state for session {0}, {1}, {2} is not equal to Open, you cannot run a command in the session.  The session state is {3}.', false, 'InvalidRunspaceState'),
  ImportClobber: e('', 'NotSpecified', "Proxy creation has been skipped for the following command: '{0}', because it would shadow an existing local command.  Use the AllowClobber parameter if you want to shadow existing local commands.", false),
  ImportNoCommands: e('System.ArgumentException', 'InvalidResult', 'No command proxies have been created, because all of the requested remote commands would shadow existing local commands.  Use the AllowClobber parameter if you want to shadow existing commands.', false, 'ErrorNoCommandsImportedBecauseOfSkipping'),
  PermissionExists: e('Microsoft.Exchange.Management.Tasks.ADPermissionAlreadyExistsException', 'NotSpecified', "The appropriate access control entry is already present on the object \"{0}\" for account \"{1}\".", false),
  MailboxPermissionExists: e('', 'NotSpecified', 'An existing permission entry was found for user: {0}.', false),
  UnknownPrincipal: e('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException', 'NotSpecified', "The user or group '{0}' can't be found.", true),
  // Remove-MailboxPermission / Remove-ADPermission when the entry is not there: Exchange warns and changes nothing.
  AceNotFound: e('', 'NotSpecified', 'Can\'t remove the access control entry on the object "{0}" for account "{1}" because the ACE doesn\'t exist on the object.', false),
  // Enable-OutlookAnywhere on a server where it is already enabled [EMU: the real text was not found].
  OutlookAnywhereExists: e('Microsoft.Exchange.Management.SystemConfigurationTasks.OutlookAnywhereAlreadyExistsException', 'InvalidOperation', "Outlook Anywhere is already enabled on the server '{0}'. Use Set-OutlookAnywhere to change its settings.", true),
  UmNotEnabled: e('Microsoft.Exchange.Management.Tasks.UM.UserAlreadyUmDisabledException', 'InvalidOperation', 'The user "{0}" is already disabled for Unified Messaging.', true),
  // Import-Module of a module that is not installed (pwsh's ImportModuleCommand wording).
  ModuleNotFound: e('System.IO.FileNotFoundException', 'ResourceUnavailable', "The specified module '{0}' was not loaded because no valid module file was found in any module directory.", false, 'Modules_ModuleNotFound'),
  // Message trace (Get-MessageTrace, Get-MessageTraceV2): the service validates dates and addresses before searching.
  TraceEndBeforeStart: e('Microsoft.Exchange.Management.FfoReporting.Common.InvalidExpressionException', 'InvalidArgument', 'Invalid EndDate value. The EndDate must be later than the StartDate.', true),
  TraceStartTooOld: e('Microsoft.Exchange.Management.FfoReporting.Common.InvalidExpressionException', 'InvalidArgument', "Invalid StartDate value. The StartDate can't be older than {0} days from today.", false),
  TraceRangeTooLong: e('Microsoft.Exchange.Management.FfoReporting.Common.InvalidExpressionException', 'InvalidArgument', 'Invalid date range. The time range between StartDate and EndDate can\'t be more than 10 days.', true),
  TraceInvalidAddress: e('Microsoft.Exchange.Management.FfoReporting.Common.InvalidExpressionException', 'InvalidArgument', "Invalid {0} value: '{1}' isn't a valid SMTP address.", true),
  // Texts (not errors).
  ResultSizeWarning: e('', 'NotSpecified', 'By default only the first {0} items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, depending on the actual number of items, returning all items can take a long time and consume a large amount of memory. Also, we don\'t recommend storing the results in a variable. Instead, pipe the results to another task or script to perform batch changes.', false),
  Banner: e('', 'NotSpecified', 'This is the Exchange Online PowerShell emulator. Connected to {0} as {1}; no network traffic leaves this machine.', true),
} as const satisfies Record<string, Entry>;

export type ExchangeMessageId = keyof typeof EXCHANGE_MESSAGES;

export function exchangeMessage(id: ExchangeMessageId, ...args: (string | number)[]): string {
  return EXCHANGE_MESSAGES[id].template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** An error raised by a cmdlet module (not a migration rule): rendered like the model's errors. */
export class ExchangeCmdletError extends Error {
  readonly errorId: string | undefined;
  readonly exceptionType: string;
  readonly category: ErrorCategory;
  constructor(
    readonly id: ExchangeMessageId,
    readonly args: (string | number)[],
    readonly target?: string,
  ) {
    super(exchangeMessage(id, ...args));
    this.name = 'ExchangeCmdletError';
    this.errorId = (EXCHANGE_MESSAGES[id] as Entry).errorId;
    this.exceptionType = EXCHANGE_MESSAGES[id].type;
    this.category = EXCHANGE_MESSAGES[id].category;
  }
}
