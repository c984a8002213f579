/**
 * Enable-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Enable-ExchangeCertificate.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      "name": "Services",
      "type": "AllowedServices",
      "sets": {
        "Thumbprint": {
          "mandatory": true
        },
        "Identity": {
          "mandatory": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      }
    },
    {
      "name": "DoNotRequireSsl",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      }
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      }
    },
    {
      "name": "NetworkServiceAllowed",
      "type": "SwitchParameter",
      "sets": {
        "Thumbprint": {},
        "Identity": {}
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Thumbprint": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Enable-ExchangeCertificate cmdlet to enable an existing certificate on the Exchange server for Exchange services such as Internet Information Services (IIS), SMTP, POP, IMAP and Unified Messaging (UM). Once you enable a certificate for a service, you can't disable it.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/enable-exchangecertificate",
    "referencePage": "Enable-ExchangeCertificate"
  }
};
