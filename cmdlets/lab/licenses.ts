/**
 * Add-LabLicense: buying licences. No PowerShell cmdlet buys them (the admin buys more in the
 * Microsoft 365 admin center, Billing > Purchase services, or from a partner); this lab command
 * stands for that purchase, as Set-LabDnsRecord stands for the registrar. It adds units to a SKU the
 * tenant already has (Get-MgSubscribedSku then shows more PrepaidUnits.Enabled), or a new SKU of the
 * catalogue; Set-MgUserLicense assigns them.
 */
import { defineCmdlet, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSObject, stringOf } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { SKU_CATALOGUE, skuInfo, tenantSkuOf } from '../../src/model';
import { readWorld, runtimeOf } from '../exchange-online/context';

const LAB_MODULE = 'ExoEmulator.Lab';
export const LAB_LICENSE_TYPE = 'ExoEmulator.LabLicense';

registerView(LAB_LICENSE_TYPE, { kind: 'table', properties: ['SkuPartNumber', 'DisplayName', 'Total'] });

export const addLabLicense = defineCmdlet({
  name: 'Add-LabLicense',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Sku', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, aliases: ['SkuPartNumber', 'SkuId'], description: 'The licence: its part number (EXCHANGESTANDARD, ENTERPRISEPACK) or SkuId, as Get-MgSubscribedSku shows them.' },
    { name: 'Quantity', type: 'Int32', validateRange: [1, 100000], sets: { __AllParameterSets: { position: 1, mandatory: true } }, description: 'How many licences to buy.' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the subscription after the purchase.' },
  ],
  outputType: [LAB_LICENSE_TYPE],
  help: {
    synopsis: 'Buys licences for the tenant, as the Microsoft 365 admin center does (Billing > Purchase services).',
    description:
      'Adds units to one of the tenant\'s subscriptions, or a new subscription of a known SKU. Microsoft 365 has no PowerShell cmdlet that buys licences: the admin buys them in the admin center or from a partner. Assign them with Set-MgUserLicense; Get-MgSubscribedSku shows the units bought (PrepaidUnits.Enabled) and used (ConsumedUnits).',
    examples: [
      { title: 'Buy five more Exchange Online (Plan 1) licences', code: 'Add-LabLicense -Sku EXCHANGESTANDARD -Quantity 5' },
      { title: 'By SkuId, from Get-MgSubscribedSku', code: 'Get-MgSubscribedSku | Add-LabLicense -Quantity 5 -PassThru' },
    ],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const given = stringOf(ctx.params.Sku).trim();
    const quantity = Number(ctx.params.Quantity);
    const w = readWorld(ctx);
    const owned = tenantSkuOf(w, given);
    const known = SKU_CATALOGUE.find((s) => s.skuPartNumber.toLowerCase() === given.toLowerCase() || s.skuId === given.toLowerCase());
    const part = owned ?? known?.skuPartNumber;
    if (!part) {
      ctx.writeError({
        message: `The licence '${given}' isn't one the emulated store sells. Use a part number or SkuId of Get-MgSubscribedSku, or one of: ${SKU_CATALOGUE.map((s) => s.skuPartNumber).join(', ')}.`,
        errorId: 'LabUnknownSku',
        category: 'ObjectNotFound',
        targetObject: given,
      });
      return;
    }
    if (!ctx.shouldProcess(part, `Buy ${quantity} licence${quantity === 1 ? '' : 's'}`)) return;
    rt.store.transaction((world) => {
      const l = world.tenant.licenses.find((x) => x.skuPartNumber === part);
      if (l) l.total += quantity;
      else world.tenant.licenses.push({ skuPartNumber: part, displayName: part, total: quantity });
    });
    if (ctx.params.PassThru === true) {
      const l = readWorld(ctx).tenant.licenses.find((x) => x.skuPartNumber === part)!;
      ctx.writeObject(PSObject.fromRecord({ SkuPartNumber: l.skuPartNumber, SkuId: skuInfo(l.skuPartNumber).skuId, DisplayName: l.displayName, Total: l.total }, [LAB_LICENSE_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object']));
    }
  },
});

export const LAB_LICENSE_CMDLETS: CmdletDefinition[] = [addLabLicense];
