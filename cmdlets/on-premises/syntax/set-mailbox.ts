/**
 * Set-Mailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-Mailbox.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MAILBOX: CmdletMetadata = {
  "name": "Set-Mailbox",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ExcludeFromAllOrgHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ExcludeFromOrgHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RecalculateInactiveMailbox": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDelayHoldApplied": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDelayReleaseHoldApplied": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDisabledArchive": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveOrphanedHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "AcceptMessagesOnlyFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AcceptMessagesOnlyFromDLMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AcceptMessagesOnlyFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AccountDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AddressBookPolicy",
      "type": "AddressBookMailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Alias",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AntispamBypassEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ApplyMandatoryProperties",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Arbitration",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArbitrationMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArchiveDatabase",
      "type": "DatabaseIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArchiveDomain",
      "type": "SmtpDomain",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArchiveName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ArchiveQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArchiveStatus",
      "type": "ArchiveStatusFlags",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ArchiveWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "AttributesToClear",
      "type": "SetMailbox+ClearableADAttributes[]",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "AuditAdmin",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditDelegate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "AuditLogAgeLimit",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditOwner",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {}
      }
    },
    {
      "name": "BypassModerationFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CalendarLoggingQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "CalendarRepairDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CalendarVersionStoreDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ClientExtensions",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "CreateDTMFMap",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute1",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute10",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute11",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute12",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute13",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute14",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute15",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute2",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute3",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute4",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute5",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute6",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute7",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute8",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CustomAttribute9",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "DefaultPublicFolderMailbox",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DeliverToMailboxAndForward",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DisableThrottling",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "DisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "DowngradeHighPriorityMessagesEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "DumpsterMessagesPerFolderCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "DumpsterMessagesPerFolderCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "EmailAddresses",
      "type": "ProxyAddressCollection",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EmailAddressPolicyEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "EnableRoomMailboxAccount",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EndDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExtendedPropertiesCountQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute1",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute2",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute3",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute4",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute5",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExternalOofOptions",
      "type": "ExternalOofOptions",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "FolderHierarchyChildrenCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "FolderHierarchyChildrenCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "FolderHierarchyDepthReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "FolderHierarchyDepthWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "FoldersCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "FoldersCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ForwardingAddress",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ForwardingSmtpAddress",
      "type": "ProxyAddress",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "GMGen",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "GrantSendOnBehalfTo",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "HiddenFromAddressListsEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ImListMigrationCompleted",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ImmutableId",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "IsExcludedFromServingHierarchy",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "IsHierarchyReady",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IsHierarchySyncEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IssueWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Languages",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "LinkedCredential",
      "type": "PSCredential",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "LinkedDomainController",
      "type": "String",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "LinkedMasterAccount",
      "type": "UserIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "LitigationHoldDate",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "LitigationHoldDuration",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "LitigationHoldEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "LitigationHoldOwner",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MailboxMessagesPerFolderCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "MailboxMessagesPerFolderCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "MailTip",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MailTipTranslations",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ManagedFolderMailboxPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ManagedFolderMailboxPolicyAllowed",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Management",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "MaxBlockedSenders",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "MaxReceiveSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MaxSafeSenders",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "MaxSendSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageCopyForSendOnBehalfEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageCopyForSentAsEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageTracking",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {}
      }
    },
    {
      "name": "MessageTrackingReadStatusEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Migration",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ModeratedBy",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ModerationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Name",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "NewPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "OABGen",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Office",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "OfflineAddressBook",
      "type": "OfflineAddressBookIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "OldPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "OMEncryption",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "OMEncryptionStore",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "PrimarySmtpAddress",
      "type": "SmtpAddress",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ProhibitSendQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ProhibitSendReceiveQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "PstProvider",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "QueryBaseDN",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RecipientLimits",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RecoverableItemsQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RecoverableItemsWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RejectMessagesFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RejectMessagesFromDLMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RejectMessagesFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RemoteRecipientType",
      "type": "RemoteRecipientType",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RemoveManagedFolderAndPolicy",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RemovePicture",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RemoveSpokenName",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RequireSenderAuthenticationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ResetPasswordOnNextLogon",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ResourceCapacity",
      "type": "Int32",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ResourceCustom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetainDeletedItemsFor",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetainDeletedItemsUntilBackup",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "RetentionComment",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetentionHoldEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetentionPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetentionUrl",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RoleAssignmentPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RoomMailboxPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RulesQuota",
      "type": "ByteQuantifiedSize",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SamAccountName",
      "type": "String",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLDeleteEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLDeleteThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLJunkEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLJunkThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLQuarantineEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLQuarantineThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLRejectEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SCLRejectThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SecondaryAddress",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SecondaryDialPlan",
      "type": "UMDialPlanIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SendModerationNotifications",
      "type": "TransportModerationNotificationFlags",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SharingPolicy",
      "type": "SharingPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SimpleDisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SingleItemRecoveryEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SkipDualWrite",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "StartDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "StsRefreshTokensValidFrom",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SystemMessageSizeShutoffQuota",
      "type": "Int64",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "SystemMessageSizeWarningQuota",
      "type": "Int64",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "ThrottlingPolicy",
      "type": "ThrottlingPolicyIdParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Type",
      "type": "ConvertibleMailboxSubType",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UMDataStorage",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "UMDtmfMap",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UMGrammar",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "UseDatabaseQuotaDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UseDatabaseRetentionDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {}
      }
    },
    {
      "name": "UserCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UserPrincipalName",
      "type": "String",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "UserSMimeCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "WindowsEmailAddress",
      "type": "SmtpAddress",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageRecallProcessingEnabled",
      "type": "Boolean",
      "sets": {
        "RemoveOrphanedHolds": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-Mailbox cmdlet to modify the settings of existing mailboxes.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox",
    "referencePage": "Set-Mailbox"
  }
};
