/**
 * Test-MigrationServerAvailability: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Test-MigrationServerAvailability.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Compliance",
      "type": "SwitchParameter",
      "sets": {
        "Compliance": {}
      }
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
      }
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
      }
    },
    {
      "name": "Endpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "TestEndpoint": {
          "mandatory": true
        }
      }
    },
    {
      "name": "ExchangeOutlookAnywhere",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {}
      }
    },
    {
      "name": "ExchangeRemoteMove",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutodiscover": {},
        "ExchangeRemoteMove": {}
      }
    },
    {
      "name": "ExchangeServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {
          "mandatory": true
        }
      }
    },
    {
      "name": "Imap",
      "type": "SwitchParameter",
      "sets": {
        "IMAP": {}
      }
    },
    {
      "name": "Gmail",
      "type": "SwitchParameter",
      "sets": {
        "Gmail": {}
      }
    },
    {
      "name": "Port",
      "type": "Int32",
      "sets": {
        "IMAP": {
          "mandatory": true
        }
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "PublicFolder": {},
        "MrsProxyPublicFolder": {}
      }
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
      }
    },
    {
      "name": "PublicFolderToUnifiedGroup",
      "type": "SwitchParameter",
      "sets": {
        "MrsProxyPublicFolderToUnifiedGroup": {},
        "LegacyPublicFolderToUnifiedGroup": {}
      }
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
      }
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
      }
    },
    {
      "name": "ServiceAccountKeyFileData",
      "type": "Byte[]",
      "sets": {
        "Gmail": {
          "mandatory": true
        }
      }
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
      }
    },
    {
      "name": "AcceptUntrustedCertificates",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutodiscover": {},
        "ExchangeOutlookAnywhere": {},
        "IMAP": {}
      }
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
      ]
    },
    {
      "name": "FilePath",
      "type": "String",
      "sets": {
        "PSTImport": {}
      }
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
      ]
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
      }
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
      ]
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
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.TestMigrationServerAvailabilityOutcome"
  ],
  "help": {
    "synopsis": "Use the Test-MigrationServerAvailability cmdlet to test the availability of the target server in preparation to perform cross-forest mailbox moves, migration of on-premises mailboxes to Exchange Online, or to migrate on-premises mailbox data from an IMAP server to Exchange Online mailboxes. For all migration types, the cmdlet attempts to verify the connection settings used to connect to the target server.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/test-migrationserveravailability",
    "referencePage": "Test-MigrationServerAvailability"
  }
};
