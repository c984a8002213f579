/**
 * New-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-ExchangeCertificate.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "New-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Certificate",
  "parameters": [
    {
      "name": "BinaryEncoded",
      "type": "SwitchParameter",
      "sets": {
        "Request": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "DomainName",
      "type": "MultiValuedProperty",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "FriendlyName",
      "type": "String",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "GenerateRequest",
      "type": "SwitchParameter",
      "sets": {
        "Request": {}
      }
    },
    {
      "name": "IncludeAcceptedDomains",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "IncludeAutoDiscover",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "IncludeServerFQDN",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "IncludeServerNetBIOSName",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "Instance",
      "type": "X509Certificate2",
      "sets": {
        "Request": {
          "valueFromPipeline": true
        },
        "Certificate": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "KeySize",
      "type": "Int32",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "PrivateKeyExportable",
      "type": "Boolean",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "RequestFile",
      "type": "String",
      "sets": {
        "Request": {}
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "Services",
      "type": "AllowedServices",
      "sets": {
        "Certificate": {}
      }
    },
    {
      "name": "SubjectKeyIdentifier",
      "type": "String",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    },
    {
      "name": "SubjectName",
      "type": "X500DistinguishedName",
      "sets": {
        "Request": {},
        "Certificate": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the New-ExchangeCertificate cmdlet to create and renew self-signed certificates, and to create certificate requests (also known as certificate signing requests or CSRs) for new certificates and certificate renewals from a certification authority (CA).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-exchangecertificate",
    "referencePage": "New-ExchangeCertificate"
  }
};
