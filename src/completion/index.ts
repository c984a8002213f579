export { complete, completeCommandName, completeParameterName, findParameter, quoteIfNeeded } from './complete';
export { scan, unquote, type ScanToken, type TokenKind } from './scan';
export { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from './common-parameters';
export type { CompletionProviders, CompletionResult, PathEntry } from './types';
