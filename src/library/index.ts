/** The library face's public parts (re-exported by src/index.ts). */
export { CmdletError } from './cmdlet-error';
export { LibraryError, LIBRARY_MESSAGES } from './messages';
export { toPlain, fromPlain, sourceOf, type PlainValue, type PlainObject } from './plain';
export type { ClockOption, SessionClock } from './clock';
export type { SessionEvents, SessionEventName, BatchStatusEvent, UserStatusEvent, CommandInvokedEvent, ProgressEvent } from './events';
export type { Faults, MailboxFault, CmdletFaultOptions, CmdletFaultError } from './faults';
export type { Progressions, ProgressionMode } from './progression';
export type { LibraryFace } from './attach';
export { connectRemote, decodeAnswer, RemoteCmdletError, RemoteProtocolError, type RemoteOptions, type RemoteSession, type RemoteResult, type RemoteErrorInfo, type RemoteProgress } from './remote';
export * from './generated/cmdlet-types';
