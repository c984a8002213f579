/**
 * Set-ClientAccessServer: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-ClientAccessServer.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_CLIENT_ACCESS_SERVER: CmdletMetadata = {
  "name": "Set-ClientAccessServer",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "ClientAccessServerIdParameter",
      "sets": {
        "AlternateServiceAccount": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "AlternateServiceAccountCredential",
      "type": "PSCredential[]",
      "sets": {
        "AlternateServiceAccount": {}
      }
    },
    {
      "name": "Array",
      "type": "ClientAccessArrayIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "AutoDiscoverServiceInternalUri",
      "type": "Uri",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "AutoDiscoverSiteScope",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "CleanUpInvalidAlternateServiceAccountCredentials",
      "type": "SwitchParameter",
      "sets": {
        "AlternateServiceAccount": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IrmLogEnabled",
      "type": "Boolean",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IrmLogMaxAge",
      "type": "EnhancedTimeSpan",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IrmLogMaxDirectorySize",
      "type": "Unlimited",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IrmLogMaxFileSize",
      "type": "ByteQuantifiedSize",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IrmLogPath",
      "type": "LocalLongFullPath",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "IsOutOfService",
      "type": "Boolean",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      }
    },
    {
      "name": "RemoveAlternateServiceAccountCredentials",
      "type": "SwitchParameter",
      "sets": {
        "AlternateServiceAccount": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-ClientAccessServer cmdlet to modify settings that are associated with the Client Access server role.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-clientaccessserver",
    "referencePage": "Set-ClientAccessServer"
  }
};
