/**
 * New-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MigrationEndpoint.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Autodiscover",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeOutlookAnywhereAutoDiscover": {}
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
      }
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
      }
    },
    {
      "name": "ExchangeOutlookAnywhere",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {}
      }
    },
    {
      "name": "ExchangeRemoteMove",
      "type": "SwitchParameter",
      "sets": {
        "ExchangeRemoteMoveAutoDiscover": {},
        "ExchangeRemoteMove": {}
      }
    },
    {
      "name": "Gmail",
      "type": "SwitchParameter",
      "sets": {
        "Gmail": {},
        "GoogleMarketplaceApp": {}
      }
    },
    {
      "name": "IMAP",
      "type": "SwitchParameter",
      "sets": {
        "IMAP": {}
      }
    },
    {
      "name": "OAuthCode",
      "type": "SecureString",
      "sets": {
        "GoogleMarketplaceApp": {
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
      }
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
        "ExchangeOutlookAnywhereAutoDiscover": {},
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
        "ExchangeOutlookAnywhereAutoDiscover": {},
        "ExchangeOutlookAnywhere": {},
        "IMAP": {}
      }
    },
    {
      "name": "ApplicationId",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
      }
    },
    {
      "name": "AppSecretKeyVaultUrl",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
      }
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
      ]
    },
    {
      "name": "ExchangeServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {}
      }
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
      ]
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
      }
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
      }
    },
    {
      "name": "NspiServer",
      "type": "String",
      "sets": {
        "ExchangeOutlookAnywhere": {}
      }
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
      }
    },
    {
      "name": "Port",
      "type": "Int32",
      "sets": {
        "IMAP": {}
      }
    },
    {
      "name": "RedirectUri",
      "type": "String",
      "sets": {
        "GoogleMarketplaceApp": {}
      }
    },
    {
      "name": "RemoteTenant",
      "type": "String",
      "sets": {
        "ExchangeRemoteMove": {}
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
      }
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
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationEndpoint"
  ],
  "help": {
    "synopsis": "Use the New-MigrationEndpoint cmdlet to configure the connection settings for cross-forests moves, remote move migrations, cutover or staged Exchange migrations, IMAP migrations, and Google Workspace (formerly G Suite) migrations.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationendpoint",
    "referencePage": "New-MigrationEndpoint"
  }
};
