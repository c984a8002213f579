/**
 * exo-emulator's public API. Everything exported here also runs in a browser.
 */
export { parse } from './language/parser';
export type * from './language/ast';
export * from './engine/values';
export type { FileSystem, Clock, Random } from './engine/services';
export { loadScenario, listScenarios, describeScenario, parseScenarioText, createWorldRuntime, deliver, WorldError } from './model';
export type { World, ScenarioSpec, ScenarioInfo, ScenarioDescription, WorldRuntime, WorldProcess, Delivery } from './model';
export { MemoryStateStore } from './store';
export type { StateStore, ReadonlyWorld, WorldChangeEvent, WorldSnapshot } from './store';
export { createSession, Session, errorViewInput, type SessionOptions, type RunResult, type RunOptions } from './session';
export { DEFAULT_LIMITS, type EngineLimits, type InterruptOptions, type AbortLike } from './engine/limits';
export { BufferHost } from './buffer-host';
export * from './library';
export type { CmdletCallHook } from './session';
export { parseDuration } from './duration';
export { Runspace, type RunspaceOptions, type InvokeResult } from './engine/runspace';
export { ErrorRecord } from './engine/errors';
export { defineCmdlet, type CmdletDefinition, type CmdletMetadata, type CmdletContext, type ParameterDeclaration } from './engine/cmdlet';
export type { Host, HostStream, ChoiceDescription } from './engine/host';
export { formatValues, outString, registerView, renderErrorConcise, renderParseError } from './formatting';
