/**
 * Set-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-OutlookAnywhere.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the Outlook Anywhere virtual directory that you want to modify. You can use any value that uniquely identifies the virtual directory. For example:"
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
      ],
      "description": "The ClientAuthenticationMethod parameter specifies the authentication method that the Autodiscover service provides to the Outlook Anywhere clients to authenticate to the Client Access server. Valid values are:"
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
      ],
      "description": "The DefaultAuthenticationMethod parameter specifies the default authentication method for Outlook Anywhere. This parameter replaces the existing ExternalClientAuthenticationMethod, InternalClientAuthenticationMethod and IISAuthenticationMethods property values with the value you specify. Valid values are:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "ExtendedProtectionFlags",
      "type": "MultiValuedProperty",
      "description": "The ExtendedProtectionFlags parameter specifies custom settings for Extended Protection for Authentication on the virtual directory. Valid values are:"
    },
    {
      "name": "ExtendedProtectionSPNList",
      "type": "MultiValuedProperty",
      "description": "The ExtendedProtectionSPNList parameter specifies a list of valid Service Principal Names (SPNs) if you're using Extended Protection for Authentication on the virtual directory. Valid values are:"
    },
    {
      "name": "ExtendedProtectionTokenChecking",
      "type": "ExtendedProtectionTokenCheckingMode",
      "description": "The ExtendedProtectionTokenChecking parameter specifies whether Extended Protection for Authentication is used for client connections to the virtual directory. Valid values are:"
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
      ],
      "description": "The ExternalClientAuthenticationMethod parameter specifies the authentication method that's used to authenticate external Outlook Anywhere clients. Valid values are:"
    },
    {
      "name": "ExternalClientsRequireSsl",
      "type": "Boolean",
      "description": "The ExternalClientsRequireSsl parameter specifies whether external Outlook Anywhere clients are required to use Transport Layer Security (TLS). Valid values are:"
    },
    {
      "name": "ExternalHostname",
      "type": "Hostname",
      "description": "The ExternalHostname parameter specifies the external hostname for the Outlook Anywhere virtual directory. For example, mail.contoso.com."
    },
    {
      "name": "IISAuthenticationMethods",
      "type": "MultiValuedProperty",
      "description": "The IISAuthenticationMethods parameter specifies the authentication method that's used on the Outlook Anywhere virtual directory in IIS. Valid values are:"
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
      ],
      "description": "The InternalClientAuthenticationMethod parameter specifies the authentication method that's used to authenticate internal Outlook Anywhere clients. Valid values are:"
    },
    {
      "name": "InternalClientsRequireSsl",
      "type": "Boolean",
      "description": "The InternalClientsRequireSsl parameter specifies whether internal Outlook Anywhere clients are required to use Transport Layer Security (TLS). Valid values are:"
    },
    {
      "name": "InternalHostname",
      "type": "String",
      "description": "The InternalHostname parameter specifies the internal hostname for the Outlook Anywhere virtual directory. For example, mail.contoso.com."
    },
    {
      "name": "Name",
      "type": "String",
      "description": "The Name parameter specifies the name of the Outlook Anywhere virtual directory. The default value is Rpc (Default Web Site). If the value you specify contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "SSLOffloading",
      "type": "Boolean",
      "description": "The SSLOffloading parameter specifies whether a network device accepts Transport Layer Security (TLS) connections and decrypts them before proxying the connections to the Outlook Anywhere virtual directory on the Exchange server. Valid values are:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-OutlookAnywhere cmdlet to modify Outlook Anywhere virtual directories that are used in Internet Information Services (IIS) on Microsoft Exchange servers. Outlook Anywhere uses virtual directories that contain \"rpc\" in the name.",
    "description": "For more information about the different authentication methods that you can see in this article, see Understanding HTTP Authentication.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-OutlookAnywhere -Identity:CAS01\\Rpc (Default Web Site) -ClientAuthenticationMethod:Ntlm",
        "remarks": "In Exchange 2010, this example sets the client authentication method to NTLM for the /rpc virtual directory on the Client Access server CAS01."
      },
      {
        "title": "Example 2",
        "code": "Set-OutlookAnywhere -Identity: \"EXCH1\\rpc (Default Web Site)\" -ExternalClientAuthenticationMethod NTLM",
        "remarks": "This example sets the client authentication method to NTLM for the Outlook Anywhere virtual directory on the server named EXCH1."
      },
      {
        "title": "Example 3",
        "code": "Set-OutlookAnywhere -Identity \"EXCH1\\rpc (Default Web Site)\" -SSLOffloading $false -InternalClientsRequireSsl $true -ExternalClientsRequireSsl $true",
        "remarks": "This example sets the SSLOffloading parameter to $false for the Outlook Anywhere virtual directory on the server named EXCH1. This setting informs Outlook Anywhere to expect no TLS decryption between clients and the server, and enables the \"Require SSL\" setting on the virtual directory. Because TLS is now required for Outlook Anywhere connections, we need to configure internal and external clients to use TLS."
      },
      {
        "title": "Example 4",
        "code": "Set-OutlookAnywhere -Identity \"EXCH1\\rpc (Default Web Site)\" -IISAuthenticationMethods NTLM",
        "remarks": "This example sets the authentication method for the Outlook Anywhere virtual directory setting in IIS to NTLM."
      },
      {
        "title": "Example 5",
        "code": "Set-OutlookAnywhere -Identity \"EXCH1\\rpc (Default Web Site)\" -IISAuthenticationMethods Basic,NTLM",
        "remarks": "In Exchange 2010 and Exchange 2013, this example sets the available authentication methods for the /rpc virtual directory setting in IIS to use both Basic and NTLM authentication. After you set this value, you can use the IIS virtual directory to handle authentication for multiple applications that require different authentication methods."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere"
  }
};
