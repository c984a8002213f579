# Pester 5 against exo-shell serve through the generated module (test/pwsh-client/serve.pwsh.test.ts runs it).
BeforeAll {
    Import-Module (Join-Path $env:EXO_MODULE_DIR 'ExoEmulator') -Force
    $script:Monitor = Join-Path $PSScriptRoot 'Watch-Migration.ps1'
    $script:Admin = [pscredential]::new('CONTOSO\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))
}

Describe 'migration monitoring' {
    BeforeEach {
        Reset-LabWorld -Scenario contoso -Confirm:$false
        New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -Autodiscover -EmailAddress administrator@contoso.com -Credentials $script:Admin | Out-Null
    }

    It 'sees a new batch as Created with every object pending' {
        New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint | Out-Null
        $report = & $script:Monitor
        $report.Batch | Should -Be 'CutoverBatch'
        $report.Status | Should -Be 'Created'
        $report.Total | Should -Be 32
        $report.Synced | Should -Be 0
    }

    It 'sees the batch synced three days after it started, and the mailbox that failed' {
        Add-LabFault -Mailbox sara.lindqvist@contoso.com -Fault Unreadable
        New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null
        Set-LabClock -Advance 3d
        $report = & $script:Monitor -BatchName CutoverBatch
        $report.Status | Should -BeIn @('Synced', 'SyncedWithErrors', 'CompletedWithErrors')
        $report.Failed | Should -Contain 'sara.lindqvist@contoso.com'
        $report.Synced | Should -BeGreaterThan 20
        Get-MigrationUser -Identity sara.lindqvist@contoso.com | Get-MigrationUserStatistics | Select-Object -ExpandProperty Status | Should -Be 'Failed'
    }

    It 'starts each test on a fresh world' {
        Get-MigrationBatch | Should -BeNullOrEmpty
    }

    It 'fails with Exchange''s error for a batch that does not exist' {
        { Get-MigrationBatch -Identity Nope -ErrorAction Stop } | Should -Throw -ErrorId 'MigrationBatchNotFoundException,Get-MigrationBatch'
    }
}
