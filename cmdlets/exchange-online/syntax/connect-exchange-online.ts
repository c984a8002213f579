/**
 * Connect-ExchangeOnline: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Connect-ExchangeOnline.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The ConnectionUri parameter specifies the connection endpoint for the PowerShell session. The following Exchange Online PowerShell environments and related values are supported:"
    },
    {
      "name": "AzureADAuthorizationEndpointUri",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 1
        }
      },
      "description": "The AzureADAuthorizationEndpointUri parameter specifies the Microsoft Entra Authorization endpoint that can issue OAuth2 access tokens. The following Exchange Online PowerShell environments and related values are supported:"
    },
    {
      "name": "ExchangeEnvironmentName",
      "type": "ExchangeEnvironment",
      "sets": {
        "__AllParameterSets": {
          "position": 2
        }
      },
      "description": "The ExchangeEnvironmentName specifies the Exchange Online environment and eliminates the need to use the AzureADAuthorizationEndpointUri and ConnectionUri parameters. The following Exchange Online PowerShell environments are supported:"
    },
    {
      "name": "PSSessionOption",
      "type": "PSSessionOption",
      "sets": {
        "__AllParameterSets": {
          "position": 3
        }
      },
      "description": "The PSSessionOption parameter specifies the PowerShell session options to use in your connection to Exchange Online. This parameter works only if you also use the UseRPSSession switch in the same command."
    },
    {
      "name": "DelegatedOrganization",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 4
        }
      },
      "description": "The DelegatedOrganization parameter specifies the customer organization that you want to manage. A valid value for this parameter is the primary .onmicrosoft.com domain or tenant ID of the customer organization."
    },
    {
      "name": "Prefix",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 5
        }
      },
      "description": "The Prefix parameter specifies a text value to add to the names of Exchange Online PowerShell cmdlets when you connect. For example, Get-InboundConnector becomes Get-ContosoInboundConnector when you use the value Contoso for this parameter."
    },
    {
      "name": "CommandName",
      "type": "String[]",
      "sets": {
        "__AllParameterSets": {
          "position": 6
        }
      },
      "description": "The CommandName parameter specifies the comma separated list of commands to import into the session. Use this parameter for applications or scripts that use a specific set of cmdlets. Reducing the number of cmdlets in the session helps improve performance and reduces the memory footprint of the application or script."
    },
    {
      "name": "FormatTypeName",
      "type": "String[]",
      "sets": {
        "__AllParameterSets": {
          "position": 7
        }
      },
      "description": "The FormatTypeName parameter specifies the output format of the cmdlet."
    },
    {
      "name": "AccessToken",
      "type": "String",
      "description": "The AccessToken parameter specifies the OAuth JSON Web Token (JWT) that's used to connect to Exchange Online."
    },
    {
      "name": "AppId",
      "type": "String",
      "description": "The AppId parameter specifies the application ID of the service principal that's used in certificate based authentication (CBA). A valid value is the GUID of the application ID (service principal). For example, 36ee4c6c-0812-40a2-b820-b22ebd02bce3."
    },
    {
      "name": "BypassMailboxAnchoring",
      "type": "SwitchParameter",
      "description": "The BypassMailboxAnchoring switch bypasses the use of the mailbox anchoring hint. You don't need to specify a value with this switch."
    },
    {
      "name": "Certificate",
      "type": "X509Certificate2",
      "description": "The Certificate parameter specifies the certificate that's used for certificate-based authentication (CBA). A valid value is the X509Certificate2 object value of the certificate."
    },
    {
      "name": "CertificateFilePath",
      "type": "String",
      "description": "The CertificateFilePath parameter specifies the certificate that's used for CBA. A valid value is the complete public path to the certificate file. Use the CertificatePassword parameter with this parameter."
    },
    {
      "name": "CertificatePassword",
      "type": "SecureString",
      "description": "The CertificatePassword parameter specifies the password that's required to open the certificate file when you use the CertificateFilePath parameter to identify the certificate that's used for CBA."
    },
    {
      "name": "CertificateThumbprint",
      "type": "String",
      "description": "The CertificateThumbprint parameter specifies the certificate that's used for CBA. A valid value is the thumbprint value of the certificate. For example, 83213AEAC56D61C97AEE5C1528F4AC5EBA7321C1."
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "description": "The Credential parameter specifies the username and password that's used to connect to Exchange Online PowerShell. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions. Don't use this parameter for accounts that use multi-factor authentication (MFA)."
    },
    {
      "name": "Device",
      "type": "SwitchParameter",
      "description": "The Device switch is typically used on computers without web browsers. You don't need to specify a value with this switch."
    },
    {
      "name": "DisableWAM",
      "type": "SwitchParameter",
      "description": "The DisableWAM switch disables Web Account Manager (WAM). You don't need to specify a value with this switch."
    },
    {
      "name": "EnableErrorReporting",
      "type": "SwitchParameter",
      "description": "The EnableErrorReporting switch specifies whether to enable error reporting. You don't need to specify a value with this switch."
    },
    {
      "name": "EXOModuleBasePath",
      "type": "String",
      "description": "The EXOModuleBasePath parameter specifies the folder where the local temporary copy of the Exchange Online PowerShell module is stored. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "InlineCredential",
      "type": "SwitchParameter",
      "description": "The InlineCredential switch specifies whether to pass credentials directly in the Windows PowerShell window. You don't need to specify a value with this switch."
    },
    {
      "name": "LoadCmdletHelp",
      "type": "SwitchParameter",
      "description": "The LoadCmdletHelp switch downloads cmdlet help files for the Get-Help cmdlet in REST API connections. You don't need to specify a value with this switch."
    },
    {
      "name": "LogDirectoryPath",
      "type": "String",
      "description": "The LogDirectoryPath parameter specifies the location of the log files. The default location is %TMP%\\EXOCmdletTelemetry\\EXOCmdletTelemetry-yyyymmdd-hhmmss.csv."
    },
    {
      "name": "LogLevel",
      "type": "String",
      "description": "The LogLevel parameter specifies the logging level. Valid values are Default and All."
    },
    {
      "name": "ManagedIdentity",
      "type": "SwitchParameter",
      "description": "The ManagedIdentity switch specifies that you're using managed identity to connect. You don't need to specify a value with this switch."
    },
    {
      "name": "ManagedIdentityAccountId",
      "type": "String",
      "description": "The ManagedIdentityAccountId parameter specifies the user-assigned managed identity that you're using to connect. A valid value for this parameter is the application ID (GUID) of the service principal that corresponds to the user-assigned managed identity in Azure."
    },
    {
      "name": "Organization",
      "type": "String",
      "description": "The Organization parameter specifies the organization when you connect using CBA or managed identity. A valid value for this parameter is the primary .onmicrosoft.com domain of the organization."
    },
    {
      "name": "PageSize",
      "type": "UInt32",
      "description": "The PageSize parameter specifies the maximum number of entries per page. Valid input for this parameter is an integer between 1 and 1000. The default value is 1000."
    },
    {
      "name": "ShowBanner",
      "type": "SwitchParameter",
      "description": "The ShowBanner switch shows or hides the banner message that's displayed when you run Connect-ExchangeOnline. You don't need to specify a value with this switch."
    },
    {
      "name": "ShowProgress",
      "type": "Boolean",
      "description": "The ShowProgress parameter specifies whether to show or hide the progress bar of imported cmdlets when you connect. Valid values are:"
    },
    {
      "name": "SigningCertificate",
      "type": "X509Certificate2",
      "description": "The SigningCertificate parameter specifies the client certificate that's used to sign the format files (\\*.Format.ps1xml) or script module files (.psm1) in the temporary module that Connect-ExchangeOnline creates."
    },
    {
      "name": "SkipLoadingCmdletHelp",
      "type": "SwitchParameter",
      "description": "In version 3.7.0-Preview1 or later, this parameter is replaced by the LoadCmdletHelp parameter. The SkipLoadingCmdletHelp parameter is no longer required and no longer does anything, because cmdlet help files are no longer downloaded by default."
    },
    {
      "name": "SkipLoadingFormatData",
      "type": "SwitchParameter",
      "description": "The SkipLoadingFormatData switch prevents downloading the format data for REST API connections. You don't need to specify a value with this switch."
    },
    {
      "name": "TrackPerformance",
      "type": "Boolean",
      "description": "The TrackPerformance parameter measures additional events (for example, CPU load and memory consumed). Valid values are:"
    },
    {
      "name": "UseMultithreading",
      "type": "Boolean",
      "description": "The UseMultithreading parameter specifies whether to disable or enable multi-threading in the Exchange Online PowerShell module. Valid values are:"
    },
    {
      "name": "UserPrincipalName",
      "type": "String",
      "description": "The UserPrincipalName parameter specifies the account that you want to use to connect (for example, navin@contoso.onmicrosoft.com). Using this parameter allows you to skip entering a username in the modern authentication credentials prompt (you're prompted to enter a password)."
    },
    {
      "name": "UseRPSSession",
      "type": "SwitchParameter",
      "description": "Note: This parameter is deprecated in module version 3.9.2 or later. REST API connections replaced Remote PowerShell connections in Exchange Online PowerShell in October 2023. For more information, see Deprecation of Remote PowerShell in Exchange Online."
    }
  ],
  "help": {
    "synopsis": "Use the Connect-ExchangeOnline cmdlet in the Exchange Online PowerShell module to use modern authentication to connect to Exchange Online PowerShell or PowerShell for the Built-in security add-on for on-premises mailboxes. This cmdlet works for accounts with or without multi-factor authentication (MFA).",
    "description": "This cmdlet creates a PowerShell connection to your Exchange Online organization.\n\nConnect commands will likely fail if the profile path of the account that you used to connect contains special PowerShell characters (for example, $). The workaround is to connect using a different account that doesn't have special characters in the profile path.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Connect-ExchangeOnline -UserPrincipalName chris@contoso.com",
        "remarks": "This example connects to Exchange Online PowerShell using modern authentication, with or without multi-factor authentication (MFA). The connection uses REST API mode and doesn't require Basic authentication to be enabled in WinRM on the local computer."
      },
      {
        "title": "Example 2",
        "code": "Connect-ExchangeOnline -AppId <%App_id%> -CertificateThumbprint <%Thumbprint string of certificate%> -Organization \"contoso.onmicrosoft.com\"",
        "remarks": "This example connects to Exchange Online PowerShell in an unattended scripting scenario using a certificate thumbprint."
      },
      {
        "title": "Example 3",
        "code": "Connect-ExchangeOnline -AppId <%App_id%> -Certificate <%X509Certificate2 object%> -Organization \"contoso.onmicrosoft.com\"",
        "remarks": "This example connects to Exchange Online PowerShell in an unattended scripting scenario using a certificate file. This method is best suited for scenarios where the certificate is stored in remote machines and fetched at runtime. For example, the certificate is stored in the Azure Key Vault."
      },
      {
        "title": "Example 4",
        "code": "Connect-ExchangeOnline -Device",
        "remarks": "In PowerShell 7.0.3 or later using version 2.0.4 or later of the module, this example connects to Exchange Online PowerShell in interactive scripting scenarios on computers that don't have web browsers.\n\nThe command returns a URL and unique code that's tied to the session. You need to open the URL in a browser on any computer, and then enter the unique code. After you complete the login in the web browser, the session in the Powershell 7 window is authenticated via the regular Microsoft Entra authentication flow, and the Exchange Online cmdlets are imported after few seconds."
      },
      {
        "title": "Example 6",
        "code": "Connect-ExchangeOnline -InlineCredential",
        "remarks": "In PowerShell 7.0.3 or later using version 2.0.4 or later of the module, this example connects to Exchange Online PowerShell in interactive scripting scenarios by passing credentials directly in the PowerShell window."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/connect-exchangeonline"
  }
};
