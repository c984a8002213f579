/**
 * Set-Mailbox: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-Mailbox.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MAILBOX: CmdletMetadata = {
  "name": "Set-Mailbox",
  "source": "ExchangeOnlineManagement",
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
        "ExcludeFromAllHolds": {
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
        "IsExchangeCloudManaged": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ProvideConsent": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RecalculateInactiveMailbox": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveComplianceTagHoldApplied": {
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ApplyMandatoryProperties",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ArchiveName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditAdmin",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AuditLogAgeLimit",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "AutoArchivingEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "BypassModerationFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "CalendarRepairDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ClearThrottlingPolicyAssignment",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DataEncryptionPolicy",
      "type": "DataEncryptionPolicyIdParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DefaultAuditSet",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DefaultPublicFolderMailbox",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "DisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ElcProcessingDisabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EmailAddressDisplayNames",
      "type": "MultiValuedProperty",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EmailAddresses",
      "type": "ProxyAddressCollection",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EnableRoomMailboxAccount",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "EnforcedTimestamps",
      "type": "String",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ExcludeFromAllHolds",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {}
      }
    },
    {
      "name": "ExcludeFromAllOrgHolds",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllOrgHolds": {}
      }
    },
    {
      "name": "ExcludeFromOrgHolds",
      "type": "String[]",
      "sets": {
        "ExcludeFromOrgHolds": {}
      }
    },
    {
      "name": "ExtensionCustomAttribute1",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "GrantSendOnBehalfTo",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "GroupMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "InactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "IsExchangeCloudManaged",
      "type": "Boolean",
      "sets": {
        "IsExchangeCloudManaged": {
          "mandatory": true
        }
      }
    },
    {
      "name": "IsExcludedFromServingHierarchy",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "IssueWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "JournalArchiveAddress",
      "type": "SmtpAddress",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "LitigationHoldDate",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MailboxRegion",
      "type": "String",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MailTip",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MaxReceiveSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MaxSendSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageCopyForSMTPClientSubmissionEnabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MessageTrackingReadStatusEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "MicrosoftOnlineServicesID",
      "type": "SmtpAddress",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ModeratedBy",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "NonCompliantDevices",
      "type": "MultiValuedProperty",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Office",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ProhibitSendQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ProvideConsent",
      "type": "SwitchParameter",
      "sets": {
        "ProvideConsent": {},
        "RemoveComplianceTagHoldApplied": {}
      }
    },
    {
      "name": "ProvisionedForOfficeGraph",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RecalculateInactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "RecalculateInactiveMailbox": {}
      }
    },
    {
      "name": "RecipientLimits",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RejectMessagesFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RemoveComplianceTagHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveComplianceTagHoldApplied": {}
      }
    },
    {
      "name": "RemoveDelayHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDelayHoldApplied": {}
      }
    },
    {
      "name": "RemoveDelayReleaseHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDelayReleaseHoldApplied": {}
      }
    },
    {
      "name": "RemoveDisabledArchive",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDisabledArchive": {}
      }
    },
    {
      "name": "RemoveMailboxProvisioningConstraint",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RemoveOrphanedHolds",
      "type": "String[]",
      "sets": {
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RequireSenderAuthenticationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "ResourceCapacity",
      "type": "Int32",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "RetentionComment",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "SchedulerAssistant",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "StartDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "Type",
      "type": "ConvertibleMailboxSubType",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UniqueRecipientsCountLimitLevel",
      "type": "UniqueRecipientsCountLimitLevelType",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UniqueUnrestrictedGroupsLimitEnabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UpdateEnforcedTimestamp",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UseDatabaseQuotaDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      }
    },
    {
      "name": "UserSMimeCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
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
