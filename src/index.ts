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
