/**
 * Set-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-OutlookAnywhere.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_OUTLOOK_ANYWHERE: CmdletMetadata = {
  "name": "Set-OutlookAnywhere",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "Identity",
      "type": "VirtualDirectoryIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "ClientAuthenticationMethod",
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
      ]
    },
    {
      "name": "DefaultAuthenticationMethod",
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
      ]
    },
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "ExtendedProtectionFlags",
      "type": "MultiValuedProperty"
    },
    {
      "name": "ExtendedProtectionSPNList",
      "type": "MultiValuedProperty"
    },
    {
      "name": "ExtendedProtectionTokenChecking",
      "type": "ExtendedProtectionTokenCheckingMode"
    },
    {
      "name": "ExternalClientAuthenticationMethod",
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
      ]
    },
    {
      "name": "ExternalClientsRequireSsl",
      "type": "Boolean"
    },
    {
      "name": "ExternalHostname",
      "type": "Hostname"
    },
    {
      "name": "IISAuthenticationMethods",
      "type": "MultiValuedProperty"
    },
    {
      "name": "InternalClientAuthenticationMethod",
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
      ]
    },
    {
      "name": "InternalClientsRequireSsl",
      "type": "Boolean"
    },
    {
      "name": "InternalHostname",
      "type": "String"
    },
    {
      "name": "Name",
      "type": "String"
    },
    {
      "name": "SSLOffloading",
      "type": "Boolean"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-OutlookAnywhere cmdlet to modify Outlook Anywhere virtual directories that are used in Internet Information Services (IIS) on Microsoft Exchange servers. Outlook Anywhere uses virtual directories that contain \"rpc\" in the name.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere",
    "referencePage": "Set-OutlookAnywhere"
  }
};
