/**
 * Get-MessageTrace: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTrace.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The EndDate parameter specifies the end date of the date range."
    },
    {
      "name": "FromIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The FromIP parameter filters the results by the source IP address. For incoming messages, the value of FromIP is the public IP address of the SMTP email server that sent the message."
    },
    {
      "name": "MessageId",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The MessageId parameter filters the results by the Message-ID header field of the message. This value is also known as the Client ID. The format of the Message-ID depends on the messaging server that sent the message. The value should be unique for each message. However, not all messaging servers create values for the Message-ID in the same way. Be sure to include the full Message ID string (which might include angle brackets) and enclose the value in quotation marks (for example, \"<d9683b4c-127b-413a-ae2e-fa7dfb32c69d@DM3NAM06BG401.Eop-nam06.prod.protection.outlook.com>\")."
    },
    {
      "name": "MessageTraceId",
      "type": "Guid",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The MessageTraceId parameter filters the results by the message trace ID value of the message. This GUID value is generated for every message that's processed by the system (for example, c20e0f7a-f06b-41df-fe33-08d9da155ac1)."
    },
    {
      "name": "Page",
      "type": "Int32",
      "description": "The Page parameter specifies the page number of the results you want to view. Valid input for this parameter is an integer between 1 and 1000. The default value is 1."
    },
    {
      "name": "PageSize",
      "type": "Int32",
      "description": "The PageSize parameter specifies the maximum number of entries per page. Valid input for this parameter is an integer between 1 and 5000. The default value is 1000."
    },
    {
      "name": "ProbeTag",
      "type": "String",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RecipientAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The RecipientAddress parameter filters the results by the recipient's email address. You can specify multiple values separated by commas."
    },
    {
      "name": "SenderAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The SenderAddress parameter filters the results by the sender's email address. You can specify multiple values separated by commas."
    },
    {
      "name": "StartDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The StartDate parameter specifies the start date of the date range."
    },
    {
      "name": "Status",
      "type": "MultiValuedProperty",
      "description": "The Status parameter filters the results by the delivery status of the message. Valid values for this parameter are:"
    },
    {
      "name": "ToIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The ToIP parameter filters the results by the destination IP address. For outgoing messages, the value of ToIP is the public IP address in the resolved MX record for the destination domain. For incoming messages to Exchange Online, the value is blank."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.FfoReporting.MessageTrace"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTrace cmdlet to trace messages as they pass through the cloud-based organization.",
    "description": "You can use this cmdlet to search message data for the last 10 days. If you run this cmdlet without any parameters, only data from the last 48 hours is returned.\n\nIf you enter a start date that is older than 10 days, you get an error and the command returns no results.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MessageTrace -SenderAddress john@contoso.com -StartDate 06/13/2018 -EndDate 06/15/2018",
        "remarks": "This example retrieves message trace information for messages sent by john@contoso.com between June 13, 2018 and June 15, 2018."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetrace"
  }
};
