/**
 * Get-MessageTrace and Get-MessageTraceV2 (Exchange Online): the messages Exchange Online's transport
 * handled, newest first, read from the world's mail log (src/model/mail-send.ts `messageTrace`).
 * Without dates both search the last 48 hours; Get-MessageTrace reaches 10 days back and pages its
 * results (-Page, -PageSize up to 5000), Get-MessageTraceV2 reaches 90 days back, 10 days per query,
 * and returns -ResultSize rows (1000 by default, up to 5000).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { parseMailAddress, messageTrace, type TraceFilter } from '../../src/model/mail-send';
import { TYPES, messageTraceObject } from '../exchange-types';
import { GET_MESSAGE_TRACE } from './syntax/get-message-trace';
import { GET_MESSAGE_TRACE_V2 } from './syntax/get-message-trace-v2';
import { dateMs, declare, fail, int, reading, runspaceId, str, strList, withParameter } from './context';

const DAY = 86_400_000;
const IPS = 'the emulated transport records no IP addresses to filter on';

/** The filter both cmdlets share; fails (nothing read) on reversed or too old dates and on bad addresses. */
function traceFilter(ctx: CmdletContext, now: number, maxAgeDays: number, maxSpanDays: number | null): TraceFilter {
  const end = dateMs(ctx, 'EndDate') ?? now;
  const start = dateMs(ctx, 'StartDate') ?? end - 2 * DAY;
  if (end < start) fail('TraceEndBeforeStart');
  if (start < now - maxAgeDays * DAY) fail('TraceStartTooOld', [maxAgeDays]);
  if (maxSpanDays !== null && end - start > maxSpanDays * DAY) fail('TraceRangeTooLong');
  const addresses = (name: string) => {
    const list = strList(ctx, name);
    for (const a of list ?? []) if (!parseMailAddress(a)) fail('TraceInvalidAddress', [name, a], a);
    return list;
  };
  const f: TraceFilter = { start, end };
  const senders = addresses('SenderAddress');
  const recipients = addresses('RecipientAddress');
  if (senders) f.senderAddresses = senders;
  if (recipients) f.recipientAddresses = recipients;
  const ids = strList(ctx, 'MessageId');
  if (ids && ids.length) f.messageId = ids[0]!;
  const traceId = str(ctx, 'MessageTraceId');
  if (traceId !== undefined) f.messageTraceId = traceId;
  const status = strList(ctx, 'Status');
  if (status) f.status = status;
  const subject = str(ctx, 'Subject');
  if (subject !== undefined) f.subject = subject;
  return f;
}

export const getMessageTraceCmdlet = defineCmdlet({
  ...withParameter(
    declare(GET_MESSAGE_TRACE, { FromIP: IPS, ToIP: IPS, ProbeTag: 'probe messages are not emulated' }),
    'PageSize',
    { validateRange: [1, 5000] },
  ),
  outputType: [TYPES.messageTrace],
  process(ctx) {
    reading(ctx, (w) => {
      const f = traceFilter(ctx, w.clock.now, 10, null);
      const rows = messageTrace(w, f);
      const size = int(ctx, 'PageSize') ?? 1000;
      const page = Math.max(1, int(ctx, 'Page') ?? 1);
      const org = w.tenant.initialDomain;
      for (const row of rows.slice((page - 1) * size, page * size)) ctx.writeObject(messageTraceObject(row, org, { start: f.start, end: f.end }, runspaceId(ctx)));
    });
  },
});

export const getMessageTraceV2Cmdlet = defineCmdlet({
  ...withParameter(
    declare(GET_MESSAGE_TRACE_V2, {
      FromIP: IPS,
      ToIP: IPS,
      StartingRecipientAddress: 'the emulated trace returns every row of a query at once (no continuation)',
      SubjectFilterType: 'the subject is matched as Contains',
    }),
    'ResultSize',
    { validateRange: [1, 5000] },
  ),
  outputType: [TYPES.messageTrace],
  process(ctx) {
    reading(ctx, (w) => {
      const f = traceFilter(ctx, w.clock.now, 90, 10);
      const rows = messageTrace(w, f).slice(0, int(ctx, 'ResultSize') ?? 1000);
      for (const row of rows) ctx.writeObject(messageTraceObject(row, w.tenant.initialDomain, null, runspaceId(ctx)));
    });
  },
});

export const MESSAGE_TRACE_CMDLETS = [getMessageTraceCmdlet, getMessageTraceV2Cmdlet];
