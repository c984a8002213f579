/**
 * Enable-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Enable-OutlookAnywhere.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const ENABLE_OUTLOOK_ANYWHERE: CmdletMetadata = {
  "name": "Enable-OutlookAnywhere",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "CustomIdentity",
  "parameters": [
    {
      "name": "ClientAuthenticationMethod",
      "type": "AuthenticationMethod",
      "sets": {
        "CustomIdentity": {
          "mandatory": true
        }
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
      "name": "DefaultAuthenticationMethod",
      "type": "AuthenticationMethod",
      "sets": {
        "DefaultIdentity": {
          "mandatory": true
        }
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
      "name": "ExternalHostname",
      "type": "Hostname",
      "sets": {
        "CustomIdentity": {
          "mandatory": true
        },
        "DefaultIdentity": {
          "mandatory": true
        }
      }
    },
    {
      "name": "SSLOffloading",
      "type": "Boolean",
      "sets": {
        "CustomIdentity": {
          "mandatory": true
        },
        "DefaultIdentity": {
          "mandatory": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      }
    },
    {
      "name": "ExtendedProtectionFlags",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      }
    },
    {
      "name": "ExtendedProtectionSPNList",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      }
    },
    {
      "name": "ExtendedProtectionTokenChecking",
      "type": "ExtendedProtectionTokenCheckingMode",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      }
    },
    {
      "name": "IISAuthenticationMethods",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {}
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "CustomIdentity": {
          "valueFromPipeline": true
        },
        "DefaultIdentity": {
          "valueFromPipeline": true
        }
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory"
  ],
  "help": {
    "synopsis": "Use the Enable-OutlookAnywhere cmdlet to enable Outlook Anywhere on a computer running Microsoft Exchange Server 2010 that has the Client Access server role installed. Running the Enable-OutlookAnywhere cmdlet enables the server to accept requests from Microsoft Office Outlook 2007 and Outlook 2003 client computers from the Internet by using Outlook Anywhere, also known as RPC over HTTP.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere",
    "referencePage": "Enable-OutlookAnywhere"
  }
};
