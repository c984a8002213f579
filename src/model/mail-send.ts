/**
 * Sending mail in the world and reading back where it went.
 *
 * A message is submitted somewhere (`via`): to an on-premises Exchange server (an SMTP server that is
 * one of the org's hosts), to Exchange Online's client submission endpoint (smtp.office365.com), or
 * from the Internet (any other server, and the lab's mail from partners). An organization's own
 * server delivers to its own recipients directly; everything else follows the recipient domain's MX
 * as the sender's resolver sees it at that virtual instant (mail-flow.ts `deliver`), so after the MX
 * switch mail still lands on premises until the old record's TTL has expired.
 *
 * A delivered message is one more item in the recipient's mailbox (on premises: the source mailbox
 * that the migration's next incremental sync copies to the cloud mailbox while the batch exists;
 * in Exchange Online: the cloud mailbox itself), and one record per recipient in the mail log
 * (world.mail.messages), which Get-MessageTrace and Get-MessageTrackingLog read.
 */
import type { World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { MailMessageRecord } from './mail-log';
import { deliver, EXO_MX_SUFFIX, findCloudRecipient, findOnPremRecipient, isOnPremHost, type Delivery } from './mail-flow';
import { normaliseDnsName } from './dns-records';
import { guidFor } from './migration/determinism';

export type SubmitVia = 'OnPremises' | 'ExchangeOnline' | 'Internet';

/** Exchange Online's SMTP client submission host names. */
const EXO_SUBMISSION = new Set(['smtp.office365.com', 'outlook.office365.com', 'smtp-mail.outlook.com']);

/** The address part of `Name <address>` or of a bare address; null when it is not an address as .NET's MailAddress reads one. */
export function parseMailAddress(text: string): string | null {
  const t = text.trim();
  const angle = /^(?:"[^"]*"|[^<>"]*)\s*<([^<>\s]+)>$/.exec(t);
  const addr = angle ? angle[1]! : t;
  return /^[^\s@<>()",;:\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(addr) ? addr : null;
}

/** Where a submission to `smtpServer` enters: null when no such server is reachable. */
export function submissionPoint(world: ReadonlyWorld, smtpServer: string, now: number): SubmitVia | null {
  const host = normaliseDnsName(smtpServer);
  if (EXO_SUBMISSION.has(host)) return 'ExchangeOnline';
  if (world.onPrem.servers.some((s) => s.name.toLowerCase() === host) || isOnPremHost(world, host, now)) return 'OnPremises';
  return null;
}

export interface SendInput {
  from: string;
  to: readonly string[];
  subject: string;
  body: string;
  via: SubmitVia;
}

function routeOne(world: ReadonlyWorld, via: SubmitVia, address: string, now: number): Delivery {
  const addr = address.toLowerCase();
  if (via === 'OnPremises') {
    const r = findOnPremRecipient(world, addr);
    if (r) return { destination: 'OnPremises', reason: 'Delivered', mxHost: null, recipient: r };
  }
  if (via === 'ExchangeOnline') {
    const r = findCloudRecipient(world, addr);
    if (r) return r.disabled
      ? { destination: 'Undeliverable', reason: 'MailboxDisabled', mxHost: null, recipient: r.smtp }
      : { destination: 'ExchangeOnline', reason: 'Delivered', mxHost: null, recipient: r.smtp };
  }
  return deliver(world, addr, now);
}

/** The message's size in bytes: headers (about 3 KB, as a small Internet message has) and the text. */
function messageSize(input: SendInput): number {
  return 3072 + input.subject.length + input.body.length;
}

/**
 * Sends one message to every recipient; returns the records appended to the mail log. Addresses
 * must have been checked (parseMailAddress) by the caller.
 */
export function sendMail(world: World, input: SendInput, now: number): MailMessageRecord[] {
  const serial = world.mail.messages.length;
  const key = `mail:${serial}:${now}`;
  const traceId = guidFor(world.random.seed, key);
  const from = parseMailAddress(input.from) ?? input.from;
  const senderDomain = from.slice(from.lastIndexOf('@') + 1).toLowerCase();
  const messageId = `<${guidFor(world.random.seed, key + ':id').replace(/-/g, '').toUpperCase()}@${senderDomain}>`;
  const size = messageSize(input);
  const out: MailMessageRecord[] = [];
  for (const to of input.to) {
    const address = parseMailAddress(to) ?? to;
    const d = routeOne(world, input.via, address, now);
    const record: MailMessageRecord = {
      messageId,
      messageTraceId: traceId,
      senderAddress: from,
      recipientAddress: d.recipient ?? address,
      subject: input.subject,
      sentAt: now,
      destination: d.destination,
      reason: d.reason,
      mxHost: d.mxHost,
      size,
    };
    world.mail.messages.push(record);
    out.push(record);
    if (d.reason === 'Delivered' && d.recipient) addItem(world, d.destination, d.recipient, size);
  }
  return out;
}

/** One more item in the recipient's mailbox (recipients that are not mailboxes keep nothing). */
function addItem(world: World, destination: Delivery['destination'], smtp: string, size: number): void {
  const same = (a: string) => a.toLowerCase() === smtp.toLowerCase();
  if (destination === 'OnPremises') {
    const m = world.onPrem.mailboxes.find((x) => same(x.primarySmtpAddress));
    if (!m) return;
    m.itemCount += 1;
    m.sizeBytes += size;
    const inbox = m.folders.find((f) => f.path === '/Inbox');
    if (inbox) {
      inbox.itemCount += 1;
      inbox.sizeBytes += size;
    }
  } else if (destination === 'ExchangeOnline') {
    const m = world.tenant.mailboxes.find((x) => same(x.primarySmtpAddress));
    if (!m) return;
    m.itemCount += 1;
    m.sizeBytes += size;
  }
}

// ---------------------------------------------------------------- where it went

/** Which organization handled a record: where it was delivered, or whose server refused it. */
export function handledBy(r: MailMessageRecord, world: ReadonlyWorld): 'OnPremises' | 'ExchangeOnline' | null {
  if (r.destination !== 'Undeliverable') return r.destination;
  if (r.reason === 'InvalidAddress' || r.reason === 'NoMxRecord' || r.reason === 'MxHostUnknown') return null;
  if (r.mxHost === null) {
    const domain = r.recipientAddress.slice(r.recipientAddress.lastIndexOf('@') + 1).toLowerCase();
    return domain === world.tenant.initialDomain.toLowerCase() || domain.endsWith('.onmicrosoft.com') || r.reason === 'MailboxDisabled' ? 'ExchangeOnline' : 'OnPremises';
  }
  return r.mxHost.endsWith(EXO_MX_SUFFIX) ? 'ExchangeOnline' : 'OnPremises';
}

/** Message trace statuses (Exchange Online): delivered, or failed (a non-delivery report was sent). */
export type TraceStatus = 'Delivered' | 'Failed';

export interface TraceFilter {
  senderAddresses?: readonly string[];
  recipientAddresses?: readonly string[];
  messageId?: string;
  messageTraceId?: string;
  status?: readonly string[];
  subject?: string;
  start: number;
  end: number;
}

export interface TraceRow {
  record: MailMessageRecord;
  status: TraceStatus;
}

const lower = (xs: readonly string[] | undefined) => xs?.map((x) => x.toLowerCase());

/** Exchange Online's message trace: what its transport handled, newest first. */
export function messageTrace(world: ReadonlyWorld, f: TraceFilter): TraceRow[] {
  const senders = lower(f.senderAddresses);
  const recipients = lower(f.recipientAddresses);
  const statuses = lower(f.status);
  const rows: TraceRow[] = [];
  for (const r of world.mail.messages) {
    if (handledBy(r, world) !== 'ExchangeOnline') continue;
    if (r.sentAt < f.start || r.sentAt > f.end) continue;
    if (senders && senders.length && !senders.includes(r.senderAddress.toLowerCase())) continue;
    if (recipients && recipients.length && !recipients.includes(r.recipientAddress.toLowerCase())) continue;
    if (f.messageId !== undefined && normaliseMessageId(f.messageId) !== normaliseMessageId(r.messageId)) continue;
    if (f.messageTraceId !== undefined && f.messageTraceId.toLowerCase() !== r.messageTraceId.toLowerCase()) continue;
    if (f.subject !== undefined && !r.subject.toLowerCase().includes(f.subject.toLowerCase())) continue;
    const status: TraceStatus = r.destination === 'ExchangeOnline' ? 'Delivered' : 'Failed';
    if (statuses && statuses.length && !statuses.includes(status.toLowerCase())) continue;
    rows.push({ record: r as MailMessageRecord, status });
  }
  return rows.reverse();
}

function normaliseMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** Message tracking log events of the on-premises transport (Exchange's event ids, upper case). */
export type TrackingEventId = 'RECEIVE' | 'DELIVER' | 'FAIL';

export interface TrackingEvent {
  record: MailMessageRecord;
  eventId: TrackingEventId;
  /** SMTP for what arrived, STOREDRIVER for the delivery into a mailbox, ROUTING for a failure. */
  source: 'SMTP' | 'STOREDRIVER' | 'ROUTING';
  timestamp: number;
}

export interface TrackingFilter {
  start?: number;
  end?: number;
  sender?: string;
  recipients?: readonly string[];
  eventId?: string;
  messageSubject?: string;
  messageId?: string;
}

/** The on-premises message tracking log: RECEIVE then DELIVER (or FAIL) for each message its transport handled, oldest first. */
export function trackingLog(world: ReadonlyWorld, f: TrackingFilter): TrackingEvent[] {
  const recipients = lower(f.recipients);
  const events: TrackingEvent[] = [];
  for (const r of world.mail.messages) {
    if (handledBy(r, world) !== 'OnPremises') continue;
    const delivered = r.destination === 'OnPremises';
    const all: TrackingEvent[] = [
      { record: r as MailMessageRecord, eventId: 'RECEIVE', source: 'SMTP', timestamp: r.sentAt },
      delivered
        ? { record: r as MailMessageRecord, eventId: 'DELIVER', source: 'STOREDRIVER', timestamp: r.sentAt + 1000 }
        : { record: r as MailMessageRecord, eventId: 'FAIL', source: 'ROUTING', timestamp: r.sentAt + 1000 },
    ];
    for (const e of all) {
      // -End is exclusive (the reference page: entries up to, but not including, the end).
      if (f.start !== undefined && e.timestamp < f.start) continue;
      if (f.end !== undefined && e.timestamp >= f.end) continue;
      if (f.sender !== undefined && f.sender.toLowerCase() !== r.senderAddress.toLowerCase()) continue;
      if (recipients && recipients.length && !recipients.includes(r.recipientAddress.toLowerCase())) continue;
      if (f.eventId !== undefined && f.eventId.toUpperCase() !== e.eventId) continue;
      if (f.messageSubject !== undefined && !r.subject.toLowerCase().includes(f.messageSubject.toLowerCase())) continue;
      if (f.messageId !== undefined && normaliseMessageId(f.messageId) !== normaliseMessageId(r.messageId)) continue;
      events.push(e);
    }
  }
  return events.sort((a, b) => a.timestamp - b.timestamp);
}
