/**
 * Remove-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-ExchangeCertificate.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "Remove-ExchangeCertificate",
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
      "description": "The Thumbprint parameter specifies the certificate that you want to remove. You can find the thumbprint value by using the Get-ExchangeCertificate cmdlet."
    },
    {
      "name": "Identity",
      "type": "ExchangeCertificateIdParameter",
      "sets": {
        "Identity": {
          "position": 0
        }
      },
      "description": "The Identity parameter specifies the certificate that you want to remove. Valid values are:"
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
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Thumbprint": {}
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-ExchangeCertificate cmdlet to remove existing Exchange certificates or pending certificate requests (also known as certificate signing requests or CSRs) from Exchange servers.",
    "description": "You can't remove the certificate that's being used. If you want to replace the default certificate for the server with another certificate that has the same fully qualified domain name (FQDN), you must create the new certificate first, and then remove the old certificate.\n\nThere are many factors to consider when you configure certificates for Transport Layer Security (TLS) services. You need to understand how these factors might affect your overall configuration. For more information, see Digital certificates and encryption in Exchange Server.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-ExchangeCertificate -Thumbprint 5113ae0233a72fccb75b1d0198628675333d010e",
        "remarks": "This example removes the certificate with the specified thumbprint from the local Exchange server."
      },
      {
        "title": "Example 2",
        "code": "Remove-ExchangeCertificate -Server Mailbox01 -Thumbprint 5113ae0233a72fccb75b1d0198628675333d010e",
        "remarks": "This example uses the same settings, but removes the certificate from the server named Mailbox01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-exchangecertificate"
  }
};
