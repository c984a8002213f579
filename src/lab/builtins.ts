/** The built-in labs, bundled as data (they work in a browser), validated on first use. */
import cutoverPowershell from './labs/cutover-powershell.json';
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
