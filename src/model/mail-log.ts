/** Messages sent in the world, as Exchange's message trace and tracking logs record them. */

export interface MailMessageRecord {
  /** RFC 5322 Message-ID, `<...@host>`. */
  messageId: string;
  /** Exchange's MessageTraceId (a GUID). */
  messageTraceId: string;
  senderAddress: string;
  recipientAddress: string;
  subject: string;
  /** When it was sent (ms since epoch). */
  sentAt: number;
  /** Where it was delivered: the on-premises organization, Exchange Online, or nowhere. */
  destination: 'OnPremises' | 'ExchangeOnline' | 'Undeliverable';
  /** Why (a DeliveryReason of mail-flow.ts). */
  reason: string;
  /** The MX host the sender used, or null. */
  mxHost: string | null;
  /** Size in bytes. */
  size: number;
}

export interface MailLog {
  messages: MailMessageRecord[];
}
