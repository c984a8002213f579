/**
 * Get-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ExchangeCertificate.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Identity",
      "type": "ExchangeCertificateIdParameter",
      "sets": {
        "Identity": {
          "position": 0
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Identity": {},
        "Instance": {},
        "Thumbprint": {}
      }
    },
    {
      "name": "DomainName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "Instance": {},
        "Thumbprint": {}
      }
    },
    {
      "name": "Instance",
      "type": "X509Certificate2",
      "sets": {
        "Instance": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Instance": {},
        "Thumbprint": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the Get-ExchangeCertificate cmdlet to view Exchange certificates that are installed on Exchange servers. This cmdlet returns Exchange self-signed certificates, certificates that were issued by a certification authority and pending certificate requests (also known as certificate signing requests or CSRs).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-exchangecertificate",
    "referencePage": "Get-ExchangeCertificate"
  }
};
