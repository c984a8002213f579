/**
 * Set-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationEndpoint.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "Set-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the name of the migration endpoint you want to configure."
    },
    {
      "name": "AcceptUntrustedCertificates",
      "type": "Boolean",
      "description": "The AcceptUntrustedCertificates parameter specifies whether to accept untrusted certificates from the remote server. Valid values are $true or $false. This parameter is applicable to ExchangeOutlookAnywhere and IMAP migration endpoints."
    },
    {
      "name": "ApplicationId",
      "type": "String",
      "description": "The ApplicationId parameter specifies the application ID of the app registered in Microsoft Entra ID that's used for cross-tenant authentication in ExchangeRemoteMove migration endpoints. Use this parameter together with AppSecretKeyVaultUrl."
    },
    {
      "name": "AppSecretKeyVaultUrl",
      "type": "String",
      "description": "The AppSecretKeyVaultUrl parameter specifies the Azure Key Vault URL that contains the application secret used for cross-tenant authentication in ExchangeRemoteMove migration endpoints. Use this parameter together with ApplicationId."
    },
    {
      "name": "Authentication",
      "type": "AuthenticationMethod",
      "enumValues": [
        "Basic",
        "Digest",
        "Ntlm",
        "Fba",
        "WindowsIntegrated",
        "LiveIdFba",
        "LiveIdBasic",
        "WSSecurity",
        "Certificate",
        "NegoEx",
        "OAuth",
        "Adfs",
        "Kerberos",
        "Negotiate",
        "LiveIdNegotiate",
        "Misconfigured"
      ],
      "description": "The Authentication parameter specifies the authentication method used by the remote mail server."
    },
    {
      "name": "Credentials",
      "type": "PSCredential",
      "description": "The Credentials parameter specifies the username and password for connecting to the remote endpoint. Credentials should be used when modifying either a staged or cutover Exchange endpoint or a RemoteMove endpoint."
    },
    {
      "name": "ExchangeServer",
      "type": "String",
      "description": "The ExchangeServer parameter specifies the on-premises source Exchange server for cutover and staged migrations. This parameter is applicable only to staged and cutover Exchange endpoints which don't use Autodiscovery."
    },
    {
      "name": "MailboxPermission",
      "type": "MigrationMailboxPermission",
      "enumValues": [
        "Admin",
        "FullAccess"
      ],
      "description": "The MailboxPermission parameter specifies what permissions should be used to access the source mailbox during OutlookAnywhere onboarding (Staged Exchange Migration and Cutover Exchange Migration). This parameter is not for non-OutlookAnywhere migrations."
    },
    {
      "name": "MaxConcurrentIncrementalSyncs",
      "type": "Unlimited",
      "description": "The MaxConcurrentIncrementalSyncs parameter specifies the maximum number of incremental syncs allowed for this endpoint at a specified time. This value must be less or equal to MaxConcurrentMigrations parameter."
    },
    {
      "name": "MaxConcurrentMigrations",
      "type": "Unlimited",
      "description": "The MaxConcurrentMigrations parameter specifies the maximum number of migrated mailboxes for this endpoint at a specified time. This parameter is applicable for all migration types."
    },
    {
      "name": "NspiServer",
      "type": "String",
      "description": "The NspiServer parameter specifies the FQDN of the remote Name Service Provider Interface (NSPI) server. This parameter is only applicable to staged and cutover Exchange endpoints that don't use Autodiscovery."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Port",
      "type": "Int32",
      "description": "For an IMAP migration, the Port parameter specifies the TCP port number used by the migration process to connect to the remote server."
    },
    {
      "name": "PublicFolderDatabaseServerLegacyDN",
      "type": "String",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RemoteServer",
      "type": "Fqdn",
      "description": "The RemoteServer parameter specifies the remote server depending on the protocol type for moves:"
    },
    {
      "name": "RpcProxyServer",
      "type": "Fqdn",
      "description": "For staged and cutover Exchange migrations, the RpcProxyServer parameter specifies the FQDN of the RPC proxy server for the on-premises Exchange server. This parameter is only applicable to staged and cutover Exchange endpoints that don't use Autodiscovery"
    },
    {
      "name": "Security",
      "type": "IMAPSecurityMechanism",
      "enumValues": [
        "None",
        "Ssl",
        "Tls"
      ],
      "description": "For an IMAP migration, the Security parameter specifies the encryption method used by the remote mail server. The options are None, Tls, or Ssl."
    },
    {
      "name": "ServiceAccountKeyFileData",
      "type": "Byte[]",
      "description": "The ServiceAccountKeyFileData parameter is used to specify information needed to authenticate as a service account. The data should come from the JSON key file that is downloaded when the service account that is granted access to your remote tenant is created."
    },
    {
      "name": "SkipVerification",
      "type": "SwitchParameter",
      "description": "The SkipVerification switch skips verifying that the remote server is reachable when modifying a migration endpoint. You don't need to specify a value with this switch."
    },
    {
      "name": "SourceMailboxLegacyDN",
      "type": "String",
      "description": "The SourceMailboxLegacyDN parameter specifies a mailbox on the target server. Use the LegacyExchangeDN for the on-premises test mailbox as the value for this parameter. The cmdlet tries to access this mailbox using the credentials for the administrator account on the target server."
    },
    {
      "name": "TestMailbox",
      "type": "MailboxIdParameter",
      "description": "The TestMailbox parameter specifies a mailbox on the target server. Use the primary SMTP address as the value for this parameter. The cmdlet tries to access this mailbox using the credentials for the administrator account on the target server."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationEndpoint cmdlet to edit settings for cutover or staged Exchange migrations, IMAP migrations, Google Workspace (formerly G Suite) migrations, and remote moves.",
    "description": "Use the Set-MigrationEndpoint cmdlet to configure settings for different types of migration:\n\n- Cross-forest move: Move mailboxes between two different on-premises Exchange forests. Cross-forest moves require the use of a RemoteMove endpoint. - Remote move: In a hybrid deployment, a remote move involves onboarding or offboarding migrations. Remote moves require the use of a RemoteMove endpoint. Onboarding moves mailboxes from an on-premises Exchange organization to Exchange Online, and uses a RemoteMove endpoint as the source endpoint of the migration batch. Offboarding moves mailboxes from Exchange Online to an on-premises Exchange organization and uses a RemoteMove endpoint as the target endpoint of the migration batch. - Cutover Exchange migration: Migrate all mailboxes in an on-premises Exchange organization to Exchange Online. Cutover Exchange migration requires the use of an Exchange endpoint. - Staged Exchange migration: Migrate a subset of mailboxes from an on-premises Exchange organization to Exchange Online. Staged Exchange migration requires the use of an Exchange endpoint. - IMAP migration: Migrate mailbox data from an on-premises Exchange organization or other email system to Exchange Online. For an IMAP migration, you must first create the cloud-based mailboxes before you migrate mailbox data. IMAP migrations require the use of an IMAP endpoint. - Gmail migration: Migrate mailbox data from a Google Workspace tenant to Exchange Online. For a Google Workspace migration, you must first create the cloud-based mail users or mailboxes before you migrate mailbox data. Google Workspace migrations require the use of a Gmail endpoint. - Local: Move mailboxes between different servers or databases within a single on-premises Exchange forest. Local moves don't require the use of an endpoint.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-MigrationEndpoint -Identity CutoverExchangeEndpoint01 -MaxConcurrentIncrementalSyncs 50 -NspiServer Server01.contoso.com",
        "remarks": "This example changes the MaxConcurrentIncrementalSyncs setting to 50 on the CutoverExchangeEndpoint01 migration endpoint using the NSPI server Server01."
      },
      {
        "title": "Example 2",
        "code": "Set-MigrationEndpoint -Identity Onboardingmigrationendpoint01 -MaxConcurrentMigrations 10 -RemoteServer Server01.contoso.com",
        "remarks": "This example changes the MaxConcurrentMigrations setting to 10 on the Onboardingmigrationendpoint01 migration endpoint using the remote server, Server01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationendpoint"
  }
};
