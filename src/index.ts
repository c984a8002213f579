/**
 * exo-emulator's public API. Everything exported here also runs in a browser.
 */
export { parse } from './language/parser';
export type * from './language/ast';
export * from './engine/values';
export type { FileSystem, Clock, Random } from './engine/services';
