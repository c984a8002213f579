/**
 * Get-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationEndpoint.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "Get-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the name of the migration endpoint you want to retrieve settings for."
    },
    {
      "name": "DiagnosticInfo",
      "type": "String",
      "sets": {
        "TypeFilter": {},
        "Identity": {}
      },
      "description": "Typically, you use the DiagnosticInfo parameter only at the request of Microsoft Customer Service and Support to troubleshoot problems. Valid values are:"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "TypeFilter": {},
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Type",
      "type": "MigrationType",
      "sets": {
        "TypeFilter": {
          "mandatory": true
        }
      },
      "enumValues": [
        "ExchangeOutlookAnywhere",
        "ExchangeRemoteMove",
        "IMAP",
        "PublicFolder",
        "Gmail",
        "PSTImport",
        "Compliance",
        "GoogleMarketplaceApp"
      ],
      "description": "The Type parameter filters the results by the type of migration. Valid values for this parameter are:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationEndpoint"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationEndpoint cmdlet to retrieve migration endpoint settings for source or destination servers for cutover or staged Exchange migrations, IMAP migrations, and remote moves.",
    "description": "The Get-MigrationEndpoint cmdlet retrieves settings for different types of migration:\n\n- Cross-forest move: Move mailboxes between two different on-premises Exchange forests. Cross-forest moves require the use of a RemoteMove endpoint. - Remote move: In a hybrid deployment, a remote move involves onboarding or offboarding migrations. Remote moves require the use of a RemoteMove endpoint. Onboarding moves mailboxes from an on-premises Exchange organization to Exchange Online, and uses a RemoteMove endpoint as the source endpoint of the migration batch. Offboarding moves mailboxes from Exchange Online to an on-premises Exchange organization and uses a RemoteMove endpoint as the target endpoint of the migration batch. - Cutover Exchange migration: Migrate all mailboxes in an on-premises Exchange organization to Exchange Online. Cutover Exchange migration requires the use of an Exchange endpoint. - Staged Exchange migration: Migrate a subset of mailboxes from an on-premises Exchange organization to Exchange Online. Staged Exchange migration requires the use of an Exchange endpoint. - IMAP migration: Migrate mailbox data from an on-premises Exchange organization or other email system to Exchange Online. For an IMAP migration, you must first create the cloud-based mailboxes before you migrate mailbox data. IMAP migrations require the use of an IMAP endpoint. - Local: Move mailboxes between different servers or databases within a single on-premises Exchange forest. Local moves don't require the use of an endpoint.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationEndpoint -Identity OnboardingME01",
        "remarks": "This example retrieves the settings for the migration endpoint, OnboardingME01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationendpoint"
  }
};
