/** The message catalogue: unique ids, well-formed templates, sources named. */
import { describe, expect, it } from 'vitest';
import { MIGRATION_MESSAGES, REPORT_LINES, formatMessage } from '../../src/model/migration/errors';

describe('migration message catalogue', () => {
  it('every entry has a type, a template and a source; placeholders are consecutive', () => {
    for (const [id, e] of Object.entries(MIGRATION_MESSAGES)) {
      expect(e.type, id).toMatch(/^[A-Za-z]+$/);
      expect(e.source.length, id).toBeGreaterThan(0);
      const indexes = [...e.template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
      const max = indexes.length ? Math.max(...indexes) : -1;
      for (let i = 0; i <= max; i++) expect(indexes, `${id} {${i}}`).toContain(i);
    }
  });
  it('texts are unique (one template per error)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [id, e] of Object.entries(MIGRATION_MESSAGES)) {
      if (seen.has(e.template)) dupes.push(`${seen.get(e.template)} = ${id}`);
      seen.set(e.template, id);
    }
    // The two W3 / W4 texts are shared on purpose by endpoint- and user-level failures.
    expect(dupes).toEqual(['ConnectionFailed = ImapUnreachable', 'TestMailboxNotFound = UserSourceNotFound']);
    expect(new Set(Object.values(REPORT_LINES)).size).toBe(Object.keys(REPORT_LINES).length);
  });
  it('formats sourced wordings exactly (W1, W2, W3, W4)', () => {
    expect(formatMessage('MaxBatchesReached')).toBe('The maximum number of migration batches is already running. Please remove a batch before you add another one');
    expect(formatMessage('ConnectionFailed', 'mail.contoso.com')).toBe("The connection to the server 'mail.contoso.com' could not be completed.");
    expect(formatMessage('UserCannotConnect')).toBe("Couldn't connect to the source mailbox.");
    expect(MIGRATION_MESSAGES.AutodiscoverFailed.emu).toBe(false);
    expect(MIGRATION_MESSAGES.CutoverBatchExists.emu).toBe(true);
  });
});
