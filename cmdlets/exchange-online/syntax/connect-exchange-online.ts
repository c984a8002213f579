/**
 * Connect-ExchangeOnline: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Connect-ExchangeOnline.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const CONNECT_EXCHANGE_ONLINE: CmdletMetadata = {
  "name": "Connect-ExchangeOnline",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "ConnectionUri",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 0
        }
      }
    },
    {
      "name": "AzureADAuthorizationEndpointUri",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 1
        }
      }
    },
    {
      "name": "ExchangeEnvironmentName",
      "type": "ExchangeEnvironment",
      "sets": {
        "__AllParameterSets": {
          "position": 2
        }
      }
    },
    {
      "name": "PSSessionOption",
      "type": "PSSessionOption",
      "sets": {
        "__AllParameterSets": {
          "position": 3
        }
      }
    },
    {
      "name": "DelegatedOrganization",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 4
        }
      }
    },
    {
      "name": "Prefix",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 5
        }
      }
    },
    {
      "name": "CommandName",
      "type": "String[]",
      "sets": {
        "__AllParameterSets": {
          "position": 6
        }
      }
    },
    {
      "name": "FormatTypeName",
      "type": "String[]",
      "sets": {
        "__AllParameterSets": {
          "position": 7
        }
      }
    },
    {
      "name": "AccessToken",
      "type": "String"
    },
    {
      "name": "AppId",
      "type": "String"
    },
    {
      "name": "BypassMailboxAnchoring",
      "type": "SwitchParameter"
    },
    {
      "name": "Certificate",
      "type": "X509Certificate2"
    },
    {
      "name": "CertificateFilePath",
      "type": "String"
    },
    {
      "name": "CertificatePassword",
      "type": "SecureString"
    },
    {
      "name": "CertificateThumbprint",
      "type": "String"
    },
    {
      "name": "Credential",
      "type": "PSCredential"
    },
    {
      "name": "Device",
      "type": "SwitchParameter"
    },
    {
      "name": "DisableWAM",
      "type": "SwitchParameter"
    },
    {
      "name": "EnableErrorReporting",
      "type": "SwitchParameter"
    },
    {
      "name": "EXOModuleBasePath",
      "type": "String"
    },
    {
      "name": "InlineCredential",
      "type": "SwitchParameter"
    },
    {
      "name": "LoadCmdletHelp",
      "type": "SwitchParameter"
    },
    {
      "name": "LogDirectoryPath",
      "type": "String"
    },
    {
      "name": "LogLevel",
      "type": "String"
    },
    {
      "name": "ManagedIdentity",
      "type": "SwitchParameter"
    },
    {
      "name": "ManagedIdentityAccountId",
      "type": "String"
    },
    {
      "name": "Organization",
      "type": "String"
    },
    {
      "name": "PageSize",
      "type": "UInt32"
    },
    {
      "name": "ShowBanner",
      "type": "SwitchParameter"
    },
    {
      "name": "ShowProgress",
      "type": "Boolean"
    },
    {
      "name": "SigningCertificate",
      "type": "X509Certificate2"
    },
    {
      "name": "SkipLoadingCmdletHelp",
      "type": "SwitchParameter"
    },
    {
      "name": "SkipLoadingFormatData",
      "type": "SwitchParameter"
    },
    {
      "name": "TrackPerformance",
      "type": "Boolean"
    },
    {
      "name": "UseMultithreading",
      "type": "Boolean"
    },
    {
      "name": "UserPrincipalName",
      "type": "String"
    },
    {
      "name": "UseRPSSession",
      "type": "SwitchParameter"
    }
  ],
  "help": {
    "synopsis": "Use the Connect-ExchangeOnline cmdlet in the Exchange Online PowerShell module to use modern authentication to connect to Exchange Online PowerShell or PowerShell for the Built-in security add-on for on-premises mailboxes. This cmdlet works for accounts with or without multi-factor authentication (MFA).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/connect-exchangeonline",
    "referencePage": "Connect-ExchangeOnline"
  }
};
