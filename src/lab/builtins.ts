/** The built-in labs, bundled as data (they work in a browser), validated on first use. */
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
import { validateLab } from './load';
import type { Lab } from './types';

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

const loaded = new Map<string, Lab>();

export function builtInLabNames(): string[] {
  return Object.keys(SOURCES);
}

/** A built-in lab by name (case-insensitive), or undefined. */
export function getBuiltInLab(name: string): Lab | undefined {
  const key = Object.keys(SOURCES).find((k) => k.toLowerCase() === name.toLowerCase());
  if (!key) return undefined;
  let lab = loaded.get(key);
  if (!lab) {
    lab = validateLab(SOURCES[key], `src/lab/labs/${key}.json`);
    loaded.set(key, lab);
  }
  return lab;
}

/**
 * The lab a world's progress is for: its own definition (a trainer's lab, validated), else the
 * built-in lab of that name (undefined when there is none). Throws LabError for a bad definition.
 */
export function labOfProgress(progress: { name: string; definition?: Record<string, unknown> }): Lab | undefined {
  if (progress.definition) return validateLab(progress.definition, 'the world (/world/lab/definition)');
  return getBuiltInLab(progress.name);
}
