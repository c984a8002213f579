/**
 * Get-MessageTrackingLog (Exchange Management Shell): the transport's message tracking log on the
 * on-premises server, read from the world's mail log (src/model/mail-send.ts `trackingLog`): a RECEIVE
 * (SMTP) then a DELIVER (STOREDRIVER) event for each message delivered on premises, a FAIL (ROUTING)
 * for one whose recipient does not exist. -Start and -End bound the timestamps (-End excluded, as the
 * reference page says); a range whose end is before its start matches nothing, as Exchange's search does.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { findServer } from '../../src/model/onprem-admin';
import { trackingLog, type TrackingFilter } from '../../src/model/mail-send';
import { TYPES, messageTrackingEventObject } from '../exchange-types';
import { NO_EFFECT, dateMs, declare, identityOf, limitResults, reading, runspaceId, str, strList } from '../exchange-online/context';
import { GET_MESSAGE_TRACKING_LOG } from './syntax/get-message-tracking-log';
import { check } from './context';

export const getMessageTrackingLogCmdlet = defineCmdlet({
  ...declare(GET_MESSAGE_TRACKING_LOG, {
    DomainController: NO_EFFECT.domainController,
    InternalMessageId: 'the emulated transport does not number messages per server',
    Reference: 'the emulated transport keeps no references between messages',
    TransportTrafficType: 'the emulated transport does not classify traffic',
    NetworkMessageId: 'search by -MessageId instead',
    Source: 'filter the events with Where-Object Source instead',
  }),
  outputType: [TYPES.messageTrackingEvent],
  process(ctx) {
    reading(ctx, (w) => {
      const serverId = identityOf(ctx.params.Server);
      const server = serverId ? findServer(w.onPrem, serverId) : w.onPrem.servers.find((s) => s.roles.includes('HubTransport')) ?? w.onPrem.servers[0];
      if (serverId) check(w, server ? 'ok' : 'not-found', serverId);
      if (!server) return;
      const f: TrackingFilter = {};
      const start = dateMs(ctx, 'Start');
      const end = dateMs(ctx, 'End');
      if (start !== undefined && start !== null) f.start = start;
      if (end !== undefined && end !== null) f.end = end;
      const sender = str(ctx, 'Sender');
      if (sender !== undefined) f.sender = sender;
      const recipients = strList(ctx, 'Recipients');
      if (recipients) f.recipients = recipients;
      const eventId = str(ctx, 'EventId');
      if (eventId !== undefined) f.eventId = eventId;
      const subject = str(ctx, 'MessageSubject');
      if (subject !== undefined) f.messageSubject = subject;
      const messageId = str(ctx, 'MessageId');
      if (messageId !== undefined) f.messageId = messageId;
      for (const e of limitResults(ctx, trackingLog(w, f))) ctx.writeObject(messageTrackingEventObject(e, server, runspaceId(ctx)));
    });
  },
});

export const MESSAGE_TRACKING_CMDLETS = [getMessageTrackingLogCmdlet];
