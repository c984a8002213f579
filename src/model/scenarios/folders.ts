/** Splits a mailbox's size and item count over the usual folders, so Get-MailboxFolderStatistics-like views add up. */
import type { Folder, Mailbox } from '../world';
import type { DeepReadonly } from '../../store/readonly';

const SHARES: [string, number][] = [
  ['/Inbox', 0.46],
  ['/Sent Items', 0.22],
  ['/Deleted Items', 0.06],
  ['/Calendar', 0.08],
  ['/Contacts', 0.03],
  ['/Archive', 0.15],
];

/** Folder totals equal the mailbox's (the last folder takes the rounding remainder). */
export function defaultFolders(sizeBytes: number, itemCount: number): Folder[] {
  const out: Folder[] = [];
  let bytesLeft = sizeBytes;
  let itemsLeft = itemCount;
  SHARES.forEach(([path, share], i) => {
    const last = i === SHARES.length - 1;
    const bytes = last ? bytesLeft : Math.floor(sizeBytes * share);
    const items = last ? itemsLeft : Math.floor(itemCount * share);
    bytesLeft -= bytes;
    itemsLeft -= items;
    out.push({ path, itemCount: items, sizeBytes: bytes });
  });
  return out;
}

/**
 * A mailbox's folders: its own list, or (for generated mailboxes, which store none to keep large
 * worlds small) the default split of its size and item count.
 */
export function mailboxFolders(m: DeepReadonly<Mailbox>): Folder[] {
  return m.folders.length > 0 ? m.folders.map((f) => ({ ...f })) : defaultFolders(m.sizeBytes, m.itemCount);
}
