/**
 * New-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MigrationEndpoint.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "New-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "ExchangeOutlookAnywhereAutoDiscover",
  "parameters": [
    {
      "name": "Name",
      "type": "String",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhereAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        },
        "ExchangeRemoteMove": {
          "mandatory": true
        },
        "PSTImport": {
          "mandatory": true
        },
        "IMAP": {
          "mandatory": true
        },
        "Gmail": {
          "mandatory": true
        },
        "GoogleMarketplaceApp": {
          "mandatory": true
        },
        "PublicFolder": {
          "mandatory": true
        },
        "Compliance": {
          "mandatory": true
        },
        "MrsProxyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "MrsProxyPublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The Name parameter specifies the name you give to the new migration endpoint. You can use the Name parameter when you run the New-MigrationBatch cmdlet."
    },
    {
      "name": "Autodiscover",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {}
      },
      "description": "The Autodiscover switch specifies whether to get other connection settings for the on-premises server from the Autodiscover service for Exchange migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "Compliance",
      "type": "SwitchParameter",
      "sets": {
        "Compliance": {}
      },
      "description": "The Compliance switch specifies that the endpoint type is compliance. You don't need to specify a value with this switch."
    },
    {
      "name": "Credentials",
      "type": "PSCredential",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhereAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        },
        "ExchangeRemoteMove": {},
        "PSTImport": {},
        "PublicFolder": {
          "mandatory": true
        },
        "Compliance": {
          "mandatory": true
        },
        "MrsProxyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "MrsProxyPublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The Credentials parameter specifies the credentials to connect to the source or target endpoint for all Exchange migration types."
    },
    {
      "name": "EmailAddress",
      "type": "SmtpAddress",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhereAutoDiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhere": {},
        "Gmail": {}
      },
      "description": "The EmailAddress parameter specifies the email address used by the Autodiscover service or in some cases used to validate the endpoint when you specify the connection settings manually."
    },
    {
      "name": "ExchangeOutlookAnywhere",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {}
      },
      "description": "The ExchangeOutlookAnywhere switch specifies the type of endpoint for staged and cutover migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "ExchangeRemoteMove",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeRemoteMove": {}
      },
      "description": "The ExchangeRemoteMove switch specifies the type of endpoint for cross-forest moves and remote move migrations in a hybrid deployment. You don't need to specify a value with this switch."
    },
    {
      "name": "Gmail",
      "type": "SwitchParameter",
      "sets": {
        "Gmail": {},
        "GoogleMarketplaceApp": {}
      },
      "description": "The Gmail switch specifies the type of endpoint for Google Workspace migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "IMAP",
      "type": "SwitchParameter",
      "sets": {
        "IMAP": {}
      },
      "description": "The IMAP switch specifies the type of endpoint for IMAP migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "OAuthCode",
      "type": "SecureString",
      "sets": {
        "GoogleMarketplaceApp": {
          "mandatory": true
        }
      },
      "description": "The OAuthCode parameter specifies the OAuth authorization code obtained from Google for creating a Google Workspace migration endpoint using the Google Marketplace app."
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "PublicFolder": {},
        "MrsProxyPublicFolder": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PublicFolderDatabaseServerLegacyDN",
      "type": "String",
      "sets": {
        "PublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PublicFolderToUnifiedGroup",
      "type": "SwitchParameter",
      "sets": {
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The PublicFolderToUnifiedGroup switch specifies that the endpoint type is public folders to Microsoft 365 Groups. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoteServer",
      "type": "Fqdn",
      "sets": {
        "ExchangeRemoteMove": {
          "mandatory": true
        },
        "PSTImport": {
          "mandatory": true
        },
        "IMAP": {
          "mandatory": true
        },
        "Compliance": {
          "mandatory": true
        },
        "MrsProxyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "MrsProxyPublicFolder": {
          "mandatory": true
        }
      },
      "description": "The RemoteServer parameter specifies the FQDN of the remote server, which depends on the protocol type for moves:"
    },
    {
      "name": "RpcProxyServer",
      "type": "Fqdn",
      "sets": {
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The RpcProxyServer parameter specifies the FQDN of the Exchange server in the on-premises Exchange organization that has the Client Access server role installed that directly accepts and proxies client connections. This parameter is used when you create an Outlook Anywhere migration endpoint for cutover and staged Exchange migrations. Typically, this FQDN is the same as your Outlook on the web URL. For example, mail.contoso.com. This is also the URL for the proxy server that Outlook uses to connect to an Exchange server."
    },
    {
      "name": "ServiceAccountKeyFileData",
      "type": "Byte[]",
      "sets": {
        "Gmail": {
          "mandatory": true
        }
      },
      "description": "The ServiceAccountKeyFileData parameter is used to specify information needed to authenticate as a service account. The data should come from the JSON key file that is downloaded when the service account that is granted access to your remote tenant is created."
    },
    {
      "name": "SourceMailboxLegacyDN",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The SourceMailboxLegacyDN parameter specifies the LegacyExchangeDN value of an on-premises mailbox that's used to test the ability of the migration service to create a connection using this endpoint. The cmdlet tries to access this mailbox using the credentials for the administrator account specified in the command."
    },
    {
      "name": "AcceptUntrustedCertificates",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "IMAP": {}
      },
      "description": "The AcceptUntrustedCertificates switch specifies whether to accept untrusted certificates from the remote server. You don't need to specify a value with this switch."
    },
    {
      "name": "ApplicationId",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
      },
      "description": "The ApplicationId parameter specifies the application ID of the app used to define cross-tenant authentication for remote move migrations."
    },
    {
      "name": "AppSecretKeyVaultUrl",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
      },
      "description": "The AppSecretKeyVaultUrl parameter specifies the Azure Key Vault URL that points to the application secret used for cross-tenant authentication in remote move migrations."
    },
    {
      "name": "Authentication",
      "type": "AuthenticationMethod",
      "sets": {
        "ExchangeOutlookAnywhere": {},
        "IMAP": {},
        "PublicFolder": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
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
      "description": "The Authentication parameter specifies the authentication method used by the on-premises mail server. If you don't include this parameter, Basic authentication is used."
    },
    {
      "name": "ExchangeServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {}
      },
      "description": "The ExchangeServer parameter specifies the FQDN of the on-premises Exchange server that hosts the migrated mailboxes. This parameter is used when you create an Outlook Anywhere migration endpoint for cutover and staged Exchange migrations."
    },
    {
      "name": "MailboxPermission",
      "type": "MigrationMailboxPermission",
      "sets": {
        "ExchangeOutlookAnywhere": {}
      },
      "enumValues": [
        "Admin",
        "FullAccess"
      ],
      "description": "The MailboxPermission parameter specifies what permissions to use to access the source mailbox during Outlook Anywhere onboarding (staged Exchange migration and cutover Exchange migration)."
    },
    {
      "name": "MaxConcurrentIncrementalSyncs",
      "type": "Unlimited",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "ExchangeRemoteMove": {},
        "PSTImport": {},
        "IMAP": {},
        "Gmail": {},
        "GoogleMarketplaceApp": {},
        "PublicFolder": {},
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "MrsProxyPublicFolder": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The MaxConcurrentIncrementalSyncs parameter specifies the maximum number of incremental syncs allowed per endpoint. The default value is 20."
    },
    {
      "name": "MaxConcurrentMigrations",
      "type": "Unlimited",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "ExchangeRemoteMove": {},
        "PSTImport": {},
        "IMAP": {},
        "Gmail": {},
        "GoogleMarketplaceApp": {},
        "PublicFolder": {},
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "MrsProxyPublicFolder": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The MaxConcurrentMigrations parameter specifies the maximum number of mailboxes that are migrated during initial sync. This parameter is applicable for all migration types. The default value is 100."
    },
    {
      "name": "NspiServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {}
      },
      "description": "The NspiServer parameter specifies the remote Name Service Provider Interface (NSPI) server location for cutover and staged migrations. You must provide the FQDN of the server."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "ExchangeRemoteMove": {},
        "PSTImport": {},
        "IMAP": {},
        "Gmail": {},
        "GoogleMarketplaceApp": {},
        "PublicFolder": {},
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "MrsProxyPublicFolder": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Port",
      "type": "Int32",
      "sets": {
        "IMAP": {}
      },
      "description": "The Port parameter specifies the TCP port number used by the IMAP migration service to connect to the remote server. The default value is 993."
    },
    {
      "name": "RedirectUri",
      "type": "String",
      "sets": {
        "GoogleMarketplaceApp": {}
      },
      "description": "The RedirectUri parameter specifies the redirect URI registered for the Google Marketplace app used during OAuth authentication when creating a Google Workspace migration endpoint. The redirect URI must match exactly what is registered in the Google Marketplace app, otherwise OAuth authentication will fail."
    },
    {
      "name": "RemoteTenant",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
      },
      "description": "The RemoteTenant parameter specifies the remote tenant domain for cross-tenant mailbox move migrations."
    },
    {
      "name": "Security",
      "type": "IMAPSecurityMechanism",
      "sets": {
        "IMAP": {}
      },
      "enumValues": [
        "None",
        "Ssl",
        "Tls"
      ],
      "description": "The Security parameter specifies the encryption method used by the remote mail server for IMAP migrations. Valid values are:"
    },
    {
      "name": "SkipVerification",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "ExchangeRemoteMove": {},
        "PSTImport": {},
        "IMAP": {},
        "Gmail": {},
        "GoogleMarketplaceApp": {},
        "PublicFolder": {},
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "MrsProxyPublicFolder": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The SkipVerification switch specifies whether to skip verifying that the remote server is reachable when creating a migration endpoint. You don't need to specify a value with this switch."
    },
    {
      "name": "TestMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "GoogleMarketplaceApp": {},
        "PublicFolder": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The TestMailbox parameter specifies an Exchange Online mailbox used as the target by the migration service to verify the connection using this endpoint. You can use any value that uniquely identifies the mailbox. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationEndpoint"
  ],
  "help": {
    "synopsis": "Use the New-MigrationEndpoint cmdlet to configure the connection settings for cross-forests moves, remote move migrations, cutover or staged Exchange migrations, IMAP migrations, and Google Workspace (formerly G Suite) migrations.",
    "description": "The New-MigrationEndpoint cmdlet configures the connection settings for different types of migrations:\n\n- Cross-forest move: Move mailboxes between two different on-premises Exchange forests. Cross-forest moves require the use of a Remote Move endpoint. - Remote move migration: In a hybrid deployment, a remote move migration involves onboarding or offboarding migrations. Remote move migrations also require the use of an Exchange remote move endpoint. Onboarding moves mailboxes from an on-premises Exchange organization to Exchange Online, and uses a remote move endpoint as the source endpoint of the migration batch. Offboarding moves mailboxes from Exchange Online to an on-premises Exchange organization and uses a remote move endpoint as the target endpoint of the migration batch. - Cutover Exchange migration: Migrate all mailboxes in an on-premises Exchange organization to Exchange Online. A cutover Exchange migration requires the use of an Outlook Anywhere migration endpoint. - Staged Exchange migration: Migrate a subset of mailboxes from an on-premises Exchange organization to Exchange Online. A staged Exchange migration requires the use of an Outlook Anywhere migration endpoint. - IMAP migration: Migrate mailbox data from an on-premises Exchange organization or other email system to Exchange Online. For an IMAP migration, you must first create the cloud-based mailboxes before you migrate mailbox data. IMAP migrations require the use of an IMAP endpoint. - Google Workspace migration: Migrate mailbox data from a Google Workspace tenant to Exchange Online. For a Google Workspace migration, you must first create cloud-based mail users or mailboxes before you migrate mailbox data. Google Workspace migrations require the use of a Gmail endpoint.",
    "examples": [
      {
        "title": "Example 1",
        "code": "New-MigrationEndpoint -Name Endpoint1 -ExchangeRemoteMove -Autodiscover -EmailAddress tonysmith@contoso.com -Credentials (Get-Credential contoso\\tonysmith)",
        "remarks": "This example creates an endpoint for remote moves by using the Autodiscover parameter to detect the settings."
      },
      {
        "title": "Example 2",
        "code": "New-MigrationEndpoint -Name Endpoint2 -ExchangeRemoteMove -RemoteServer MRSServer.contoso.com -Credentials (Get-Credential Contoso.com\\Administrator)",
        "remarks": "This example creates an endpoint for remote moves by specifying the settings manually."
      },
      {
        "title": "Example 3",
        "code": "$Credentials = Get-Credential\n\nNew-MigrationEndpoint -ExchangeOutlookAnywhere -Name EXCH-AutoDiscover -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials",
        "remarks": "This example creates an Outlook Anywhere migration endpoint by using the Autodiscover parameter to detect the connection settings to the on-premises organization. Outlook Anywhere endpoints are used for cutover and staged Exchange migrations. The Get-Credential cmdlet is used to obtain the credentials for an on-premises account that has the necessary administrative privileges in the domain and that can access the migrated mailboxes. When prompted for the user name, you can use either the email address or the domain\\\\username format for the administrator account. This account can be the same one that is specified by the EmailAddress parameter."
      },
      {
        "title": "Example 4",
        "code": "New-MigrationEndpoint -ExchangeOutlookAnywhere -Name EXCH_Manual -ExchangeServer EXCH-01-MBX.contoso.com -RPCProxyServer EXCH-02-CAS.contoso.com -Credentials (Get-Credential administrator@contoso.com) -EmailAddress annb@contoso.com",
        "remarks": "This example creates an Outlook Anywhere migration endpoint by specifying the connection settings manually. Outlook Anywhere endpoints are used for cutover and staged Exchange migrations. The value for the ExchangeServer parameter specifies the on-premises Exchange server that hosts the migrated mailboxes. The value for the RPCProxyServer parameter specifies the Exchange server in the on-premises organization that has the Client Access server role installed that directly accepts and proxies client connections. The EmailAddress parameter can specify any mailbox in the on-premises domain.\n\nWe recommend that you use a migration endpoint created with connection settings that are automatically discovered (see Example 3) because the Autodiscover service is used to connect to each user mailbox in the migration batch. If you manually specify the connection settings for the endpoint and a user mailbox isn't located on the server specified by the ExchangeServer parameter, the migration for that user will fail. This is important if you have multiple on-premises Outlook Anywhere servers. Otherwise, you might need to create different migration endpoints that correspond to each on-premises server."
      },
      {
        "title": "Example 5",
        "code": "New-MigrationEndpoint -IMAP -Name IMAP_TLS_Endpoint -RemoteServer imap.contoso.com -Port 143 -Security Tls -MaxConcurrentMigrations 50 -MaxConcurrentIncrementalSyncs 10",
        "remarks": "This example creates an IMAP migration endpoint that supports 50 concurrent migrations and 10 concurrent incremental synchronizations. The endpoint is configured to use port 143 for TLS encryption."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationendpoint"
  }
};
