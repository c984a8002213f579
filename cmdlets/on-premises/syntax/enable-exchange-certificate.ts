/**
 * Enable-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Enable-ExchangeCertificate.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const ENABLE_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "Enable-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Thumbprint",
  "parameters": [
    {
      "name": "Thumbprint",
      "type": "String",
      "sets": {
        "Thumbprint": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Thumbprint parameter specifies the certificate that you want to configure. You can find the thumbprint value by using the Get-ExchangeCertificate cmdlet."
    },
    {
      "name": "Identity",
      "type": "ExchangeCertificateIdParameter",
      "sets": {
        "Identity": {
          "position": 0
        }
      },
      "description": "The Identity parameter specifies the certificate that you want to configure. Valid values are:"
    },
    {
      "name": "Services",
      "type": "AllowedServices",
      "sets": {
        "Thumbprint": {
          "mandatory": true
        },
        "Identity": {
          "mandatory": true
        }
      },
      "description": "The Services parameter specifies the Exchange services that the certificate is enabled for. Valid values are:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "DoNotRequireSsl",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      },
      "description": "The DoNotRequireSsl switch prevents the command from enabling the \"Require SSL\" setting on the default web site when you enable the certificate for IIS. You don't need to specify a value with this switch."
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      },
      "description": "The Force switch hides warning or confirmation messages. You don't need to specify a value with this switch."
    },
    {
      "name": "NetworkServiceAllowed",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      },
      "description": "The NetworkServiceAllowed switch gives the built-in Network Service account permission to read the certificate's private key without enabling the certificate for SMTP. You don't need to specify a value with this switch."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Thumbprint": {}
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Enable-ExchangeCertificate cmdlet to enable an existing certificate on the Exchange server for Exchange services such as Internet Information Services (IIS), SMTP, POP, IMAP and Unified Messaging (UM). Once you enable a certificate for a service, you can't disable it.",
    "description": "The Enable-ExchangeCertificate cmdlet enables certificates by updating the metadata that's stored with the certificate. To enable an existing certificate to work with additional Exchange services, use this cmdlet to specify the services.\n\nAfter you run the Enable-ExchangeCertificate cmdlet, you might need to restart Internet Information Services (IIS). In some scenarios, Exchange might continue to use the previous certificate for encrypting and decrypting the cookie that's used for Outlook on the web (formerly known as Outlook Web App) authentication. We recommend restarting IIS in environments that use Layer 4 load balancing.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Enable-ExchangeCertificate -Thumbprint 5113ae0233a72fccb75b1d0198628675333d010e -Services POP,IMAP,SMTP,IIS",
        "remarks": "This example enables a certificate for POP, IMAP, SMTP and IIS services."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/enable-exchangecertificate"
  }
};
