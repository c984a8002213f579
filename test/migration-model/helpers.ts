/** Shared fixtures for the migration model tests: built-in scenarios and small assertion helpers. */
import { expect } from 'vitest';
import { loadScenario } from '../../src/model/scenarios';
import type { World } from '../../src/model/world';
import { MigrationError, type MigrationMessageId } from '../../src/model/migration/errors';
import { newMigrationEndpoint } from '../../src/model/migration/endpoints';

export const ADMIN = { userName: 'contoso\\administrator', password: 'P@ssw0rd!' };
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function world(name = 'contoso'): World {
  return loadScenario(name);
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Runs `fn`, expects a MigrationError with `id` and exact `message`, and that the world did not change. */
export function rejects(w: World, fn: () => unknown, id: MigrationMessageId, message: string): void {
  const before = clone(w);
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(MigrationError);
  expect((caught as MigrationError).id).toBe(id);
  expect((caught as MigrationError).message).toBe(message);
  expect(clone(w)).toEqual(before);
}

export function cutoverEndpoint(w: World, name = 'CutoverEndpoint') {
  return newMigrationEndpoint(w, { name, endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN });
}
