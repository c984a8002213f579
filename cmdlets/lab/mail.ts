/**
 * Mail in the world: Send-MailMessage (pwsh's Microsoft.PowerShell.Utility cmdlet, its parameters and
 * errors as pwsh 7.6 has them, obsolete warning included) submits to the SMTP server named; the lab's
 * Send-LabMail plays mail from the outside world (a partner's server following the recipient domain's
 * MX). Both route through the world's rules (src/model/mail-send.ts) and record every message in the
 * mail log, in one store transaction. Test-LabAutodiscover plays Outlook's Autodiscover lookup
 * (src/model/autodiscover.ts).
 */
import { defineCmdlet, type CmdletContext, type ErrorDetails } from '../../src/engine/cmdlet';
import { PSCredential, PSDateTime, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { parseMailAddress, sendMail, submissionPoint, type SubmitVia } from '../../src/model/mail-send';
import { autodiscoverLookup, resolveHost, type AutodiscoverFrom } from '../../src/model/autodiscover';
import type { MailMessageRecord } from '../../src/model/mail-log';
import { readWorld, runtimeOf } from '../exchange-online/context';

const LAB_MODULE = 'ExoEmulator.Lab';
const LAB_MAIL_TYPE = 'ExoEmulator.LabMailDelivery';
const AUTODISCOVER_TYPE = 'ExoEmulator.LabAutodiscoverResult';
const AUTODISCOVER_STEP_TYPE = 'ExoEmulator.LabAutodiscoverStep';

registerView(LAB_MAIL_TYPE, { kind: 'table', properties: ['Recipient', 'DeliveredTo', 'MxHost', 'Subject'] });
registerView(AUTODISCOVER_TYPE, { kind: 'list', properties: ['EmailAddress', 'From', 'Result', 'Steps'] });
registerView(AUTODISCOVER_STEP_TYPE, { kind: 'table', properties: [{ label: 'Order', property: 'Order', alignment: 'right' }, 'Method', 'Outcome', 'Target'] });

const list = (v: PSValue | undefined): string[] => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => stringOf(x)));

// ---------------------------------------------------------------- Send-MailMessage

/** pwsh 7.6's texts (SendMailMessageStrings and the Obsolete attribute of SendMailMessage). */
const SEND_MAIL = {
  obsolete:
    "The command 'Send-MailMessage' is obsolete. This cmdlet does not guarantee secure connections to SMTP servers. While there is no immediate replacement available in PowerShell, we recommend you do not use Send-MailMessage at this time. See https://aka.ms/SendMailMessage for more information.",
  noServer: 'The email cannot be sent because no SMTP server was specified. You must specify an SMTP server by using either the SmtpServer parameter or the $PSEmailServer variable.',
  badAddress: 'The specified string is not in the form required for an e-mail address.',
  // .NET's SmtpException on Linux for a name that does not resolve (pwsh 7.6 prints the socket error).
  unknownHost: 'Name or service not known',
  // Exchange Online's client submission refuses an anonymous client (SmtpException with the server's reply).
  notAuthenticated: 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.',
};

function smtpError(message: string): ErrorDetails {
  return { message, errorId: 'SmtpException', category: 'InvalidOperation', targetObject: 'System.Net.Mail.SmtpClient', exceptionType: 'System.Net.Mail.SmtpException' };
}

const NOT_NULL = { validateNotNullOrEmpty: true } as const;

export const sendMailMessage = defineCmdlet({
  name: 'Send-MailMessage',
  source: 'Microsoft.PowerShell.Utility',
  className: 'Microsoft.PowerShell.Commands.SendMailMessage',
  parameters: [
    { name: 'Attachments', type: 'String[]', aliases: ['PsPath'], ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, noEffect: 'the emulated transport carries no attachments' },
    { name: 'Bcc', type: 'String[]', ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    { name: 'Body', type: 'String', ...NOT_NULL, sets: { __AllParameterSets: { position: 2, valueFromPipelineByPropertyName: true } } },
    { name: 'BodyAsHtml', type: 'SwitchParameter', aliases: ['BAH'], sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the body is kept as text' },
    { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', aliases: ['BE'], ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'messages are always UTF-8 in the emulator' },
    { name: 'Cc', type: 'String[]', ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    { name: 'DeliveryNotificationOption', type: 'DeliveryNotificationOptions', dotNetType: 'System.Net.Mail.DeliveryNotificationOptions', aliases: ['DNO'], enumValues: ['None', 'OnSuccess', 'OnFailure', 'Delay', 'Never'], ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the emulated transport sends no delivery notifications' },
    { name: 'From', type: 'String', ...NOT_NULL, sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'SmtpServer', type: 'String', aliases: ['ComputerName'], ...NOT_NULL, sets: { __AllParameterSets: { position: 3, valueFromPipelineByPropertyName: true } } },
    { name: 'Priority', type: 'MailPriority', dotNetType: 'System.Net.Mail.MailPriority', enumValues: ['Normal', 'Low', 'High'], ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'the message trace does not show priorities' },
    { name: 'ReplyTo', type: 'String[]', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'nobody replies in the emulated world' },
    { name: 'Subject', type: 'String', aliases: ['sub'], sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } } },
    { name: 'To', type: 'String[]', ...NOT_NULL, sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Credential', type: 'PSCredential', ...NOT_NULL, sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    { name: 'UseSsl', type: 'SwitchParameter', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
    { name: 'Port', type: 'Int32', validateRange: [0, 2147483647], sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, noEffect: 'every emulated SMTP server listens on the port asked' },
  ],
  help: {
    synopsis: 'Sends an email message.',
    description:
      'The Send-MailMessage cmdlet sends an email message from within PowerShell. You must specify a Simple Mail Transfer Protocol (SMTP) server or the Send-MailMessage command fails. Use the SmtpServer parameter or set the $PSEmailServer variable to a valid SMTP server. In the emulator the message enters the world where the server is: an on-premises Exchange server delivers to its own mailboxes, Exchange Online (smtp.office365.com, with -Credential and -UseSsl) to its own, and every other message follows the recipient domain\'s MX as the sender sees it now.',
    examples: [
      { title: 'Send a message through the on-premises server', code: "Send-MailMessage -From 'sara.lindqvist@contoso.com' -To 'tomas.novak@contoso.com' -Subject 'Test' -SmtpServer mail.contoso.com" },
      { title: 'Send a message through Exchange Online', code: "Send-MailMessage -From 'admin@contoso.onmicrosoft.com' -To 'sara.lindqvist@contoso.com' -Subject 'Test' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage?view=powershell-7.6&WT.mc_id=ps-gethelp',
  },
  begin(ctx) {
    ctx.writeWarning(SEND_MAIL.obsolete);
  },
  process(ctx) {
    const fromText = stringOf(ctx.params.From ?? '');
    const from = parseMailAddress(fromText);
    if (!from) {
      ctx.writeError({ message: SEND_MAIL.badAddress, errorId: 'FormatException', category: 'InvalidType', targetObject: fromText, exceptionType: 'System.FormatException' });
      return;
    }
    const recipients = [...list(ctx.params.To), ...list(ctx.params.Cc), ...list(ctx.params.Bcc)];
    if (recipients.some((r) => !parseMailAddress(r))) {
      ctx.writeError({ message: SEND_MAIL.badAddress, errorId: 'FormatException', category: 'InvalidType', targetObject: null, exceptionType: 'System.FormatException' });
      return;
    }
    const server = ctx.bound('SmtpServer') ? stringOf(ctx.params.SmtpServer ?? '') : stringOf(ctx.session.getVariable('PSEmailServer') ?? '');
    if (server.trim() === '') {
      ctx.writeError({ message: SEND_MAIL.noServer, errorId: '', category: 'InvalidArgument', targetObject: null, exceptionType: 'System.InvalidOperationException' });
      return;
    }
    const rt = runtimeOf(ctx);
    const now = rt.clock.now();
    const world = readWorld(ctx);
    let via: SubmitVia | null = submissionPoint(world, server, now);
    if (via === null) {
      // A server of the Internet that the name reaches takes the message on as any sender's relay would.
      if (resolveHost(world, 'Outside', server, now).addresses.length === 0) return ctx.writeError(smtpError(SEND_MAIL.unknownHost));
      via = 'Internet';
    }
    if (via === 'ExchangeOnline' && !(ctx.params.Credential instanceof PSCredential && ctx.params.UseSsl === true)) return ctx.writeError(smtpError(SEND_MAIL.notAuthenticated));
    const subject = ctx.params.Subject === undefined || ctx.params.Subject === null ? '' : stringOf(ctx.params.Subject);
    const body = ctx.params.Body === undefined || ctx.params.Body === null ? '' : stringOf(ctx.params.Body);
    rt.store.transaction((w) => sendMail(w, { from: fromText, to: recipients, subject, body, via: via! }, now));
  },
});

// ---------------------------------------------------------------- Send-LabMail

function deliveryObject(r: MailMessageRecord): PSObject {
  return PSObject.fromRecord(
    {
      SentAt: new PSDateTime(r.sentAt, 'Utc'),
      Sender: r.senderAddress,
      Recipient: r.recipientAddress,
      Subject: r.subject,
      DeliveredTo: r.destination,
      Reason: r.reason,
      MxHost: r.mxHost,
      MessageId: r.messageId,
    },
    [LAB_MAIL_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object'],
  );
}

function badAddress(ctx: CmdletContext, parameter: string, value: string): void {
  ctx.writeError({
    message: `Cannot validate argument on parameter '${parameter}'. '${value}' is not a valid email address.`,
    errorId: 'ParameterArgumentValidationError',
    category: 'InvalidData',
    targetObject: value,
    exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
  });
}

export const sendLabMail = defineCmdlet({
  name: 'Send-LabMail',
  source: LAB_MODULE,
  parameters: [
    { name: 'From', type: 'String', sets: { __AllParameterSets: { mandatory: true } }, description: 'The sender, somewhere on the Internet (e.g. partner@fabrikam.com).' },
    { name: 'To', type: 'String[]', sets: { __AllParameterSets: { position: 0, mandatory: true } }, description: 'The recipients. Each message follows the recipient domain\'s MX as the sender\'s resolver sees it now.' },
    { name: 'Subject', type: 'String', sets: { __AllParameterSets: { position: 1 } }, description: "The subject (default 'Lab message')." },
    { name: 'Body', type: 'String', description: 'The text of the message.' },
    { name: 'Count', type: 'Int32', validateRange: [1, 1000], description: 'How many messages to send (default 1); subjects are numbered when more than one.' },
  ],
  outputType: [LAB_MAIL_TYPE],
  help: {
    synopsis: 'Sends mail from the outside world to the organization, through the MX records as the Internet sees them now.',
    description:
      'A partner\'s mail server looks up the recipient domain\'s MX (with DNS propagation: a resolver keeps the old answer until the TTL in force when it cached it has expired) and delivers there: on premises while MX points at the on-premises server, to Exchange Online once it points at *.mail.protection.outlook.com. Each message is recorded where the real services record it (Get-MessageTrackingLog on premises, Get-MessageTrace in Exchange Online) and adds an item to the mailbox that received it.',
    examples: [
      { title: 'Mail from a partner', code: 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject "Quote"' },
      { title: 'Ten messages', code: 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Count 10' },
    ],
  },
  process(ctx) {
    const fromText = stringOf(ctx.params.From ?? '');
    if (!parseMailAddress(fromText)) return badAddress(ctx, 'From', fromText);
    const to = list(ctx.params.To);
    const bad = to.find((t) => !parseMailAddress(t));
    if (bad !== undefined) return badAddress(ctx, 'To', bad);
    const count = typeof ctx.params.Count === 'number' ? ctx.params.Count : 1;
    const subject = ctx.params.Subject === undefined || ctx.params.Subject === null ? 'Lab message' : stringOf(ctx.params.Subject);
    const body = ctx.params.Body === undefined || ctx.params.Body === null ? '' : stringOf(ctx.params.Body);
    const rt = runtimeOf(ctx);
    const now = rt.clock.now();
    const records = rt.store.transaction((w) => {
      const out: MailMessageRecord[] = [];
      for (let i = 1; i <= count; i++) out.push(...sendMail(w, { from: fromText, to, subject: count > 1 ? `${subject} ${i}` : subject, body, via: 'Internet' }, now));
      return out.map((r) => ({ ...r }));
    });
    for (const r of records) ctx.writeObject(deliveryObject(r));
  },
});

// ---------------------------------------------------------------- Test-LabAutodiscover

export const testLabAutodiscover = defineCmdlet({
  name: 'Test-LabAutodiscover',
  source: LAB_MODULE,
  parameters: [
    { name: 'EmailAddress', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, aliases: ['PrimarySmtpAddress'], description: "The mailbox's address, as a user types it into Outlook." },
    { name: 'From', type: 'String', validateSet: ['Inside', 'Outside'], sets: { __AllParameterSets: { mandatory: true } }, description: 'Inside: a domain-joined computer on the corporate network (SCP first, internal DNS). Outside: a computer on the Internet (public DNS).' },
  ],
  outputType: [AUTODISCOVER_TYPE],
  help: {
    synopsis: "Plays Outlook's Autodiscover lookup for a mailbox and says which service the client reaches, and why, step by step.",
    description:
      'In the order Outlook tries them (Microsoft\'s "Autodiscover for Exchange"): the Service Connection Point in Active Directory (domain-joined clients only; Set-ClientAccessServer -AutoDiscoverServiceInternalUri), https://<domain>/autodiscover/autodiscover.xml, https://autodiscover.<domain>/autodiscover/autodiscover.xml, the HTTP redirect from http://autodiscover.<domain> (a CNAME to autodiscover.outlook.com), then the SRV record _autodiscover._tcp.<domain>. Result is OnPremises, ExchangeOnline or Failed; Steps lists each try.',
    examples: [
      { title: 'From a domain-joined computer', code: 'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside' },
      { title: 'Each step', code: '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Outside).Steps | Format-Table Order, Method, Outcome, Detail -Wrap' },
    ],
  },
  process(ctx) {
    const text = stringOf(ctx.params.EmailAddress ?? '');
    const address = parseMailAddress(text);
    if (!address || address !== text.trim()) return badAddress(ctx, 'EmailAddress', text);
    const from = stringOf(ctx.params.From ?? 'Inside').toLowerCase() === 'outside' ? 'Outside' : ('Inside' as AutodiscoverFrom);
    const rt = runtimeOf(ctx);
    const r = autodiscoverLookup(readWorld(ctx), address, from, rt.clock.now());
    const steps = r.steps.map((s) => {
      const o = PSObject.fromRecord({ Order: s.order, Method: s.method, Target: s.target, Outcome: s.outcome, Detail: s.detail }, [AUTODISCOVER_STEP_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object']);
      o.toStringOverride = () => `${s.method}: ${s.outcome}`;
      return o;
    });
    ctx.writeObject(PSObject.fromRecord({ EmailAddress: address, From: from, Result: r.result, Steps: steps }, [AUTODISCOVER_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object']));
  },
});

export const MAIL_LAB_CMDLETS = [sendLabMail, testLabAutodiscover];
export const MAIL_CMDLETS = [sendMailMessage];
