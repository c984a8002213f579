# A migration-monitoring script as admins write them: each batch's status and counts, and the users that failed.
param([string]$BatchName)
$batches = if ($BatchName) { @(Get-MigrationBatch -Identity $BatchName) } else { @(Get-MigrationBatch) }
foreach ($b in $batches) {
    $users = @(Get-MigrationUser -BatchId $b.Identity)
    [pscustomobject]@{
        Batch  = [string]$b.Identity
        Status = [string]$b.Status
        Total  = [int]$b.TotalCount
        Synced = @($users | Where-Object { [string]$_.Status -eq 'Synced' }).Count
        Failed = @($users | Where-Object { [string]$_.Status -eq 'Failed' } | ForEach-Object { [string]$_.Identity })
    }
}
