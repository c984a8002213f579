/**
 * Get-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ExchangeCertificate.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "Get-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Thumbprint",
  "parameters": [
    {
      "name": "Thumbprint",
      "type": "String",
      "sets": {
        "Thumbprint": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Thumbprint parameter specifies the thumbprint value of the certificate that you want to view."
    },
    {
      "name": "Identity",
      "type": "ExchangeCertificateIdParameter",
      "sets": {
        "Identity": {
          "position": 0
        }
      },
      "description": "The Identity parameter specifies the certificate that you want to view. Valid values are:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Identity": {},
        "Instance": {},
        "Thumbprint": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "DomainName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "Instance": {},
        "Thumbprint": {}
      },
      "description": "The DomainName parameter filters the results by the fully qualified domain name (FQDN) or server name values in the Subject Name or the Subject Alternative Name fields. You can specify multiple values separated by commas."
    },
    {
      "name": "Instance",
      "type": "X509Certificate2",
      "sets": {
        "Instance": {
          "valueFromPipeline": true
        }
      },
      "description": "This parameter is deprecated and no longer used."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Instance": {},
        "Thumbprint": {}
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the Get-ExchangeCertificate cmdlet to view Exchange certificates that are installed on Exchange servers. This cmdlet returns Exchange self-signed certificates, certificates that were issued by a certification authority and pending certificate requests (also known as certificate signing requests or CSRs).",
    "description": "By default, this cmdlet returns the following certificate properties in the summary list view:\n\n- Thumbprint: The unique digest of the certificate data. An example thumbprint value is 78E1BE82F683EE6D8CB9B9266FC1185AE0890C41. - Services: The Exchange services that the certificate is assigned to by using the Enable-ExchangeCertificate cmdlet. Values are None, Federation, IIS, IMAP, POP, SMTP, UM, and UMCallRouter. You see the value None in certificates that aren't used with Exchange (for example, the WMSvc-<ServerName> certificate that's used for the IIS Web Management Service). - Subject: Contains the X.500 value in the certificate's Subject Name field. The important part is the CN= value.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-ExchangeCertificate -Server Mailbox01",
        "remarks": "This example returns a summary list of all Exchange certificates and pending certificate requests on the server named Mailbox01."
      },
      {
        "title": "Example 2",
        "code": "Get-ExchangeCertificate -Thumbprint 0271A7F1CA9AD8A27152CCAE044F968F068B14B8 | Format-List",
        "remarks": "This example returns detailed information for the specified certificate."
      },
      {
        "title": "Example 3",
        "code": "Get-ExchangeCertificate -Thumbprint 0271A7F1CA9AD8A27152CCAE044F968F068B14B8 | Format-List *",
        "remarks": "This example returns all available information for the specified certificate."
      },
      {
        "title": "Example 4",
        "code": "Get-ExchangeCertificate -DomainName mail.contoso.com",
        "remarks": "This example shows which certificate Exchange selects for the domain name mail.contoso.com. A Send connector or Receive connector selects the certificate to use based on the fully qualified domain name (FQDN) of the connector. If you have multiple certificates with the same FQDN, you can see which certificate Exchange selects by using the DomainName parameter to specify the FQDN. The first certificate returned is the certificate that Exchange selects."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-exchangecertificate"
  }
};
