/**
 * Get-MessageTrace: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTrace.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MESSAGE_TRACE: CmdletMetadata = {
  "name": "Get-MessageTrace",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "EndDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "FromIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "MessageId",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "MessageTraceId",
      "type": "Guid",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Page",
      "type": "Int32"
    },
    {
      "name": "PageSize",
      "type": "Int32"
    },
    {
      "name": "ProbeTag",
      "type": "String"
    },
    {
      "name": "RecipientAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "SenderAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "StartDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Status",
      "type": "MultiValuedProperty"
    },
    {
      "name": "ToIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.FfoReporting.MessageTrace"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTrace cmdlet to trace messages as they pass through the cloud-based organization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetrace",
    "referencePage": "Get-MessageTrace"
  }
};
