/**
 * The built-in labs, bundled as data and registered (registry.ts), validated on first use. The browser
 * lab's worker does not bundle this module (scripts/build-web.mjs): it registers the labs of its site.
 */
import cutoverPowershell from './labs/cutover-powershell.json';
import cutoverAdminCenter from './labs/cutover-admin-center.json';
import troubleshootSelfsignedCert from './labs/troubleshoot-selfsigned-cert.json';
import troubleshootOaDisabled from './labs/troubleshoot-oa-disabled.json';
import troubleshootDomainUnverified from './labs/troubleshoot-domain-unverified.json';
import troubleshootDomainNotAdded from './labs/troubleshoot-domain-not-added.json';
import troubleshootLicensesShort from './labs/troubleshoot-licenses-short.json';
import troubleshootMissingPermissions from './labs/troubleshoot-missing-permissions.json';
import troubleshootUmEnabled from './labs/troubleshoot-um-enabled.json';
import troubleshootHiddenMailbox from './labs/troubleshoot-hidden-mailbox.json';
import troubleshootManagerOutside from './labs/troubleshoot-manager-outside.json';
import troubleshootBadItems from './labs/troubleshoot-bad-items.json';
import troubleshootAutodiscoverBroken from './labs/troubleshoot-autodiscover-broken.json';
import troubleshoot2500 from './labs/troubleshoot-2500.json';
import troubleshootDirsync from './labs/troubleshoot-dirsync.json';
import troubleshootExchange2003PortsClosed from './labs/troubleshoot-exchange2003-ports-closed.json';
import { registerBuiltInLabs } from './registry';

const SOURCES: Record<string, unknown> = {
  'cutover-powershell': cutoverPowershell,
  'cutover-admin-center': cutoverAdminCenter,
  'troubleshoot-selfsigned-cert': troubleshootSelfsignedCert,
  'troubleshoot-oa-disabled': troubleshootOaDisabled,
  'troubleshoot-domain-unverified': troubleshootDomainUnverified,
  'troubleshoot-domain-not-added': troubleshootDomainNotAdded,
  'troubleshoot-licenses-short': troubleshootLicensesShort,
  'troubleshoot-missing-permissions': troubleshootMissingPermissions,
  'troubleshoot-um-enabled': troubleshootUmEnabled,
  'troubleshoot-hidden-mailbox': troubleshootHiddenMailbox,
  'troubleshoot-manager-outside': troubleshootManagerOutside,
  'troubleshoot-bad-items': troubleshootBadItems,
  'troubleshoot-autodiscover-broken': troubleshootAutodiscoverBroken,
  'troubleshoot-2500': troubleshoot2500,
  'troubleshoot-dirsync': troubleshootDirsync,
  'troubleshoot-exchange2003-ports-closed': troubleshootExchange2003PortsClosed,
};

registerBuiltInLabs(SOURCES, (name) => `src/lab/labs/${name}.json`);

export { builtInLabNames, getBuiltInLab, labOfProgress, registerBuiltInLabs } from './registry';
