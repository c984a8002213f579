/** The Exchange cmdlet layer's message catalogue: every entry is used, and templates fill their placeholders. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_MESSAGES, exchangeMessage, type ExchangeMessageId } from '../../cmdlets/exchange-online/messages';

const sources = ['cmdlets/exchange-online', 'cmdlets/on-premises']
  .flatMap((d) => readdirSync(join(process.cwd(), d)).filter((f) => f.endsWith('.ts') && f !== 'messages.ts').map((f) => readFileSync(join(process.cwd(), d, f), 'utf8')))
  .join('\n');

describe('Exchange cmdlet messages', () => {
  it.each(Object.keys(EXCHANGE_MESSAGES))('%s is raised somewhere', (id) => {
    expect(sources.includes(`'${id}'`)).toBe(true);
  });

  it('fills placeholders in order', () => {
    expect(exchangeMessage('ObjectNotFound' as ExchangeMessageId, 'x', 'DC01.corp.contoso.com')).toBe("The operation couldn't be performed because object 'x' couldn't be found on 'DC01.corp.contoso.com'.");
  });
});
