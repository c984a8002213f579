/**
 * Get-MessageTrackingLog: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTrackingLog.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MESSAGE_TRACKING_LOG: CmdletMetadata = {
  "name": "Get-MessageTrackingLog",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "DomainController",
      "type": "Fqdn",
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "End",
      "type": "DateTime",
      "description": "The End parameter specifies the end date and time of the date range. Message delivery information is returned up to, but not including, the specified date and time."
    },
    {
      "name": "EventId",
      "type": "String",
      "description": "The EventId parameter filters the message tracking log entries by the value of the EventId field. The EventId value classifies each message event. Example values include DSN, Defer, Deliver, Send, or Receive."
    },
    {
      "name": "InternalMessageId",
      "type": "String",
      "description": "The InternalMessageId parameter filters the message tracking log entries by the value of the InternalMessageId field. The InternalMessageId value is a message identifier that's assigned by the Exchange server that's currently processing the message."
    },
    {
      "name": "MessageId",
      "type": "String",
      "description": "The MessageId parameter filters the message tracking log entries by the value of the MessageId field. The value of MessageId corresponds to the value of the Message-Id: header field in the message. If the Message-ID header field is blank or doesn't exist, an arbitrary value is assigned. Be sure to include the full MessageId string (which might include angle brackets) and enclose the value in quotation marks (for example, \"<d9683b4c-127b-413a-ae2e-fa7dfb32c69d@contoso.com>\")."
    },
    {
      "name": "MessageSubject",
      "type": "String",
      "description": "The MessageSubject parameter filters the message tracking log entries by the value of the message subject. The value of the MessageSubject parameter automatically supports partial matches without using wildcards or special characters. For example, if you specify the MessageSubject value sea, the results include messages with Seattle in the subject. By default, message subjects are stored in the message tracking logs."
    },
    {
      "name": "Recipients",
      "type": "String[]",
      "description": "The Recipients parameter filters the message tracking log entries by the SMTP email address of the message recipients. Multiple recipients in a single message are logged in a single message tracking log entry. Unexpanded distribution group recipients are logged by using the group's SMTP email address. You can specify multiple recipients using an array of email addresses."
    },
    {
      "name": "Reference",
      "type": "String",
      "description": "The Reference parameter filters the message tracking log entries by the value of the Reference field. The Reference field contains additional information for specific types of events. For example, the Reference field value for a DSN message tracking entry contains the InternalMessageId value of the message that caused the DSN. For many types of events, the value of Reference is blank."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "Sender",
      "type": "String",
      "description": "The Sender parameter filters the message tracking log entries by the sender's SMTP email address."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    },
    {
      "name": "Start",
      "type": "DateTime",
      "description": "The Start parameter specifies the start date and time of the date range."
    },
    {
      "name": "NetworkMessageId",
      "type": "String",
      "description": "The NetworkMessageId parameter filters the message tracking log entries by the value of the NetworkMessageId field. This field contains a unique message ID value that persists across copies of the message that might be created due to bifurcation or distribution group expansion. An example value is 1341ac7b13fb42ab4d4408cf7f55890f."
    },
    {
      "name": "Source",
      "type": "String",
      "description": "The Source parameter filters the message tracking log entries by the value of the Source field. These values indicate the transport component that's responsible for the message tracking event. For more information, see Source values in the message tracking log."
    },
    {
      "name": "TransportTrafficType",
      "type": "String",
      "description": "The TransportTrafficType parameter filters the message tracking log entries by the value of the TransportTrafficType field. However, this field isn't interesting for on-premises Exchange organizations."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTrackingLog cmdlet to search for message delivery information stored in the message tracking log.",
    "description": "A unique message tracking log exists for the Transport service on a Mailbox server, for the Mailbox Transport service on a Mailbox server, and on an Edge Transport server. The message tracking log is a comma-separated value (CSV) file that contains detailed information about the history of each email message as it travels through an Exchange server.\n\nThe field names displayed in the results from the Get-MessageTrackingLog cmdlet are similar to the actual field names used in the message tracking logs. The differences are:",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MessageTrackingLog -Server Mailbox01 -Start \"03/13/2024 09:00:00\" -End \"03/15/2024 17:00:00\" -Sender \"john@contoso.com\"",
        "remarks": "This example searches the message tracking logs on the Mailbox server named Mailbox01 for information about all messages sent from March 13, 2024, 09:00 to March 15, 2024, 17:00 by the sender john@contoso.com."
      },
      {
        "title": "Example 2",
        "code": "Get-MessageTrackingLog -Server Mailbox01 -Start \"03/13/2024 09:00:00\" -Recipients @(\"john@contoso.com\",\"alice@contoso.com\")",
        "remarks": "This example searches the message tracking logs on the Mailbox server named Mailbox01 for information about all messages sent from March 13, 2024, 09:00 to today for the recipients john@contoso.com and/or alice@contoso.com."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetrackinglog"
  }
};
