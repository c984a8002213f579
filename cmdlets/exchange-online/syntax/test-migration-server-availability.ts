/**
 * Test-MigrationServerAvailability: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Test-MigrationServerAvailability.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const TEST_MIGRATION_SERVER_AVAILABILITY: CmdletMetadata = {
  "name": "Test-MigrationServerAvailability",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "ExchangeOutlookAnywhereAutodiscover",
  "parameters": [
    {
      "name": "Autodiscover",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutodiscover": {},
        "ExchangeOutlookAnywhereAutodiscover": {}
      },
      "description": "The Autodiscover switch specifies that the command should use the Autodiscover service to obtain the connection settings for the target server. You don't need to specify a value with this switch."
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
        "ExchangeRemoteMoveAutodiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhereAutodiscover": {
          "mandatory": true
        },
        "PSTImport": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        },
        "PublicFolder": {
          "mandatory": true
        },
        "ExchangeRemoteMove": {},
        "Compliance": {
          "mandatory": true
        },
        "MrsProxyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "MrsProxyPublicFolder": {
          "mandatory": true
        }
      },
      "description": "The Credentials parameter specifies the username and password for an account that can access mailboxes on the target server. Specify the username in the domain\\\\username format or the user principal name (UPN) format (for example, user@contoso.com)."
    },
    {
      "name": "EmailAddress",
      "type": "SmtpAddress",
      "sets": {
        "ExchangeRemoteMoveAutodiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhereAutodiscover": {
          "mandatory": true
        },
        "ExchangeOutlookAnywhere": {},
        "Gmail": {},
        "Compliance": {
          "mandatory": true
        }
      },
      "description": "The EmailAddress parameter specifies the email address of an administrator account that can access the remote server. This parameter is required when you use the Autodiscover parameter."
    },
    {
      "name": "Endpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "TestEndpoint": {
          "mandatory": true
        }
      },
      "description": "The Endpoint parameter specifies the name of the migration endpoint to connect to. A migration endpoint contains the connection settings and other migration configuration settings. If you include this parameter, the Test-MigrationServerAvailability cmdlet attempts to verify the ability to connect to the remote server using the settings in the migration endpoint."
    },
    {
      "name": "ExchangeOutlookAnywhere",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {}
      },
      "description": "The ExchangeOutlookAnywhere switch specifies a migration type for migrating on-premises mailboxes to Exchange Online. You don't need to specify a value with this switch."
    },
    {
      "name": "ExchangeRemoteMove",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutodiscover": {},
        "ExchangeRemoteMove": {}
      },
      "description": "The ExchangeRemoteMove switch specifies a migration type where mailboxes are moved with full fidelity between two on-premises forests or between an on-premises forest and Exchange Online. You don't need to specify a value with this switch."
    },
    {
      "name": "ExchangeServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        }
      },
      "description": "The ExchangeServer parameter specifies the FQDN of the on-premises Exchange server. Use this parameter when you plan to perform a staged Exchange migration or a cutover Exchange migration. This parameter is required if you don't use the Autodiscover parameter."
    },
    {
      "name": "Imap",
      "type": "SwitchParameter",
      "sets": {
        "IMAP": {}
      },
      "description": "The Imap parameter specifies an IMAP migration type. You don't need to specify a value with this switch."
    },
    {
      "name": "Gmail",
      "type": "SwitchParameter",
      "sets": {
        "Gmail": {}
      },
      "description": "The Gmail parameter specifies Gmail as the migration type. You don't need to specify a value with this switch."
    },
    {
      "name": "Port",
      "type": "Int32",
      "sets": {
        "IMAP": {
          "mandatory": true
        }
      },
      "description": "The Port parameter specifies the TCP port number used by the IMAP migration process to connect to the target server. This parameter is required only for IMAP migrations."
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
        "PSTImport": {
          "mandatory": true
        },
        "ExchangeRemoteMove": {
          "mandatory": true
        },
        "IMAP": {
          "mandatory": true
        },
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "MrsProxyPublicFolder": {
          "mandatory": true
        }
      },
      "description": "The RemoteServer parameter specifies the FQDN of the on-premises mail server. This parameter is required when you want to perform one of the following migration types:"
    },
    {
      "name": "RPCProxyServer",
      "type": "Fqdn",
      "sets": {
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        },
        "PublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The RPCProxyServer parameter specifies the FQDN of the RPC proxy server for the on-premises Exchange server. This parameter is required when you don't use the Autodiscover parameter. Use this parameter if you plan to perform a staged Exchange migration or a cutover Exchange migration to migrate mailboxes to Exchange Online."
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
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {
          "mandatory": true
        },
        "LegacyPublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The SourceMailboxLegacyDN parameter specifies a mailbox on the target server. Use the LegacyExchangeDN for the on-premises test mailbox as the value for this parameter. The cmdlet attempts to access this mailbox using the credentials for the administrator account on the target server."
    },
    {
      "name": "AcceptUntrustedCertificates",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {},
        "IMAP": {}
      },
      "description": "The AcceptUntrustedCertificates switch specifies whether to accept untrusted certificates from the remote server. You don't need to specify a value with this switch. This switch is applicable to ExchangeOutlookAnywhere and IMAP endpoint types."
    },
    {
      "name": "Authentication",
      "type": "AuthenticationMethod",
      "sets": {
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {},
        "IMAP": {},
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
      "description": "The Authentication parameter specifies the authentication method used by the on-premises mail server. Use Basic or NTLM. If you don't include this parameter, Basic authentication is used."
    },
    {
      "name": "FilePath",
      "type": "String",
      "sets": {
        "PSTImport": {}
      },
      "description": "The FilePath parameter specifies the path containing the PST files when testing a PST Import migration endpoint."
    },
    {
      "name": "MailboxPermission",
      "type": "MigrationMailboxPermission",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {}
      },
      "enumValues": [
        "Admin",
        "FullAccess"
      ],
      "description": "The MailboxPermission parameter specifies what permissions are assigned to the migration administrator account defined by the Credentials parameter. You make the permissions assignment to test the connectivity to a user mailbox on the source mail server when you're testing the connection settings in preparation for a staged or cutover Exchange migration or for creating an Exchange Outlook Anywhere migration endpoint."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "ExchangeRemoteMoveAutodiscover": {},
        "ExchangeOutlookAnywhereAutodiscover": {},
        "PSTImport": {},
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {},
        "ExchangeRemoteMove": {},
        "TestEndpoint": {},
        "IMAP": {},
        "Gmail": {},
        "Compliance": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "LegacyPublicFolderToUnifiedGroup": {},
        "MrsProxyPublicFolder": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
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
      "description": "For an IMAP migration, the Security parameter specifies the encryption method used by the remote mail server. The options are None, Tls, or Ssl."
    },
    {
      "name": "TestMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {},
        "PublicFolder": {},
        "Gmail": {},
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      },
      "description": "The TestMailbox parameter specifies a mailbox on the target server. Use the primary SMTP address as the value for this parameter. The cmdlet attempts to access this mailbox using the credentials for the administrator account on the target server."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.TestMigrationServerAvailabilityOutcome"
  ],
  "help": {
    "synopsis": "Use the Test-MigrationServerAvailability cmdlet to test the availability of the target server in preparation to perform cross-forest mailbox moves, migration of on-premises mailboxes to Exchange Online, or to migrate on-premises mailbox data from an IMAP server to Exchange Online mailboxes. For all migration types, the cmdlet attempts to verify the connection settings used to connect to the target server.",
    "description": "The Test-MigrationServerAvailability cmdlet verifies that you can communicate with the on-premises mail server that houses the mailbox data that you want to migrate to cloud-based mailboxes. When you run this cmdlet, you must specify the migration type. You can specify whether to communicate with an IMAP server or with an Exchange server.\n\nFor an IMAP migration, this cmdlet uses the server's fully qualified domain name (FQDN) and a port number to verify the connection. If the verification is successful, use the same connection settings when you create a migration request with the New-MigrationBatch cmdlet.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Test-MigrationServerAvailability -Imap -RemoteServer imap.contoso.com -Port 143",
        "remarks": "For IMAP migrations, this example verifies the connection to the IMAP mail server imap.contoso.com."
      },
      {
        "title": "Example 2",
        "code": "$Credentials = Get-Credential\n\nTest-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials",
        "remarks": "This example uses the Autodiscover and ExchangeOutlookAnywhere parameters to verify the connection to an on-premises Exchange server in preparation for migrating on-premises mailboxes to Exchange Online. You can use a similar example to test the connection settings for a staged Exchange migration or a cutover Exchange migration."
      },
      {
        "title": "Example 3",
        "code": "$Credentials = Get-Credential\n\nTest-MigrationServerAvailability -ExchangeOutlookAnywhere -ExchangeServer exch2k3.contoso.com -Credentials $Credentials -RPCProxyServer mail.contoso.com -Authentication NTLM",
        "remarks": "This example verifies the connection to a server running Microsoft Exchange Server 2003 named exch2k3.contoso.com and uses NTLM for the authentication method."
      },
      {
        "title": "Example 4",
        "code": "Test-MigrationServerAvailability -Endpoint endpoint.contoso.com",
        "remarks": "This example verifies the connection settings to a remote server using the settings stored in an existing migration endpoint in Exchange Online."
      },
      {
        "title": "Example 5",
        "code": "$MRSEndpoints = (Get-MigrationEndpoint).Identity\n\nForeach ($MEP in $MRSEndpoints) {Test-MigrationServerAvailability -Endpoint $MEP}",
        "remarks": "This example tests multiple existing endpoints."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/test-migrationserveravailability"
  }
};
