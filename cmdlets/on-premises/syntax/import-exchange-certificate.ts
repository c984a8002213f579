/**
 * Import-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Import-ExchangeCertificate.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const IMPORT_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "Import-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "FileData",
  "parameters": [
    {
      "name": "FileData",
      "type": "Byte[]",
      "sets": {
        "FileData": {
          "mandatory": true
        }
      }
    },
    {
      "name": "FileName",
      "type": "String",
      "sets": {
        "Instance": {
          "mandatory": true
        }
      }
    },
    {
      "name": "Instance",
      "type": "String[]",
      "sets": {
        "FileName": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      }
    },
    {
      "name": "FriendlyName",
      "type": "String",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      }
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      }
    },
    {
      "name": "PrivateKeyExportable",
      "type": "Boolean",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the Import-ExchangeCertificate cmdlet to import certificates on Exchange servers. You use this cmdlet to install certificates that were exported from other servers, and to complete pending certification requests (also known as certificate signing requests or CSRs) from certification authorities (CAs).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/import-exchangecertificate",
    "referencePage": "Import-ExchangeCertificate"
  }
};
