/**
 * Set-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationUser.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MIGRATION_USER: CmdletMetadata = {
  "name": "Set-MigrationUser",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationUserIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the email address of the user that's being migrated."
    },
    {
      "name": "ApproveSkippedItems",
      "type": "SwitchParameter",
      "description": "The ApproveSkippedItems switch marks all of the skipped items that were discovered prior to the current time as approved. You don't need to specify a value with this switch."
    },
    {
      "name": "CompleteAfter",
      "type": "DateTime",
      "description": "The CompleteAfter parameter specifies a delay before the user is completed. Data migration for the user starts but doesn't complete until the date/time you specify with this parameter."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "StartAfter",
      "type": "DateTime",
      "description": "The StartAfter parameter specifies a delay before the data migration for the user is started. The migration is prepared, but the actual data migration for the user doesn't start until the date/time you specify with this parameter."
    },
    {
      "name": "SyncNow",
      "type": "SwitchParameter",
      "description": "The SyncNow switch specifies whether to trigger an incremental sync for the migrated user. You don't need to specify a value with this switch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationUser cmdlet to modify the migration settings of a user in an existing migration batch.",
    "description": "Some settings can be applied both to the batch as well as to individual users within the batch. A setting applied to a user overrides any corresponding setting on the batch.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-MigrationUser -Identity laura@contoso.com -LargeItemLimit 15 -BadItemLimit 15",
        "remarks": "This example changes the large item limit and bad item limit for the user laura@contoso.com in an existing migration batch."
      },
      {
        "title": "Example 2",
        "code": "Set-MigrationUser -Identity laura@contoso.com -ApproveSkippedItems",
        "remarks": "This example approves all of the skipped items encountered for the user laura@contoso.com in an existing migration batch."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationuser"
  }
};
