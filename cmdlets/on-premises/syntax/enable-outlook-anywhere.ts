/**
 * Enable-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Enable-OutlookAnywhere.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      ],
      "description": "The ClientAuthenticationMethod parameter specifies the authentication method that the Autodiscover service provides to the Outlook Anywhere clients to authenticate to the Client Access server. Valid values are:"
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
      ],
      "description": "The DefaultAuthenticationMethod parameter specifies whether to set both the ClientAuthenticationMethod and IISAuthenticationMethods parameters to the same authentication value."
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
      },
      "description": "The ExternalHostname parameter specifies the external host name to use in the Outlook profiles for users enabled for Outlook Anywhere."
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
      },
      "description": "The SSLOffloading parameter specifies whether a network device accepts Transport Layer Security (TLS) connections and decrypts them before proxying the connections to the Outlook Anywhere virtual directory on the Exchange server. Valid values are:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "ExtendedProtectionFlags",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      },
      "description": "The ExtendedProtectionFlags parameter is used to customize the options you use if you're using Extended Protection for Authentication. The possible values are:"
    },
    {
      "name": "ExtendedProtectionSPNList",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      },
      "description": "The ExtendedProtectionSPNList parameter specifies a list of valid Service Principal Names (SPNs) if you're using Extended Protection for Authentication on the specified virtual directory."
    },
    {
      "name": "ExtendedProtectionTokenChecking",
      "type": "ExtendedProtectionTokenCheckingMode",
      "sets": {
        "CustomIdentity": {},
        "DefaultIdentity": {}
      },
      "description": "The ExtendedProtectionTokenChecking parameter specifies whether Extended Protection for Authentication is used for client connections to the virtual directory. Valid values are:"
    },
    {
      "name": "IISAuthenticationMethods",
      "type": "MultiValuedProperty",
      "sets": {
        "CustomIdentity": {}
      },
      "description": "The IISAuthenticationMethods parameter specifies the authentication method that's enabled on the /rpc virtual directory in IIS. You can set the virtual directory to allow Basic authentication or NTLM authentication. Alternatively, you can also set the virtual directory to allow both Basic and NTLM authentication. All other authentication methods are disabled."
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
      },
      "description": "The Server parameter specifies the Client Access server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory"
  ],
  "help": {
    "synopsis": "Use the Enable-OutlookAnywhere cmdlet to enable Outlook Anywhere on a computer running Microsoft Exchange Server 2010 that has the Client Access server role installed. Running the Enable-OutlookAnywhere cmdlet enables the server to accept requests from Microsoft Office Outlook 2007 and Outlook 2003 client computers from the Internet by using Outlook Anywhere, also known as RPC over HTTP.",
    "description": "Enabling Outlook Anywhere on the Client Access server allows the server to accept external connections by Outlook 2003 or later clients by using Outlook Anywhere.\n\nThis cmdlet can be successfully run only if the RPC over HTTP proxy Windows networking component is already installed.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Enable-OutlookAnywhere -Server Server01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $true",
        "remarks": "This example enables the server Server01 for Outlook Anywhere. The external host name is set to mail.contoso.com, both Basic and NTLM authentication are used, and the SSLOffloading parameter is set to $true."
      },
      {
        "title": "Example 2",
        "code": "Enable-OutlookAnywhere -DefaultAuthenticationMethod Ntlm -ExternalHostname mail.contoso.com -SSLOffloading $false",
        "remarks": "This example enables Outlook Anywhere on the server that has the Client Access role installed. The SSLOffloading parameter is set to $false, the ExternalHostname parameter is specified as mail.contoso.com, and the DefaultAuthenticationMethod parameter is set to NTLM."
      },
      {
        "title": "Example 3",
        "code": "Enable-OutlookAnywhere -IISAuthenticationMethods NTLM -SSlOffloading $false -ClientAuthenticationMethod Basic -ExternalHostname mail.contoso.com",
        "remarks": "This example enables the Exchange Client Access server for Outlook Anywhere. The SSLOffloading parameter is set to $false, the ExternalHostname parameter is set to mail.contoso.com, the IISAuthenticationMethods parameter is set to NTLM, and the ClientAuthenticationMethod parameter is set to Basic."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere"
  }
};
