import { describe, expect, it } from 'vitest';
import { parseBlocks, parseInline } from '../../web/markdown';

describe("the lab panel's Markdown", () => {
  it('reads paragraphs, code blocks, lists and headings', () => {
    expect(parseBlocks('Run this:\n\n```powershell\nGet-Mailbox\n  | Format-List\n```\n\n- one\n- two\n\n1. first\n2. second\n\n## Then\nmore\ntext')).toEqual([
      { kind: 'p', text: 'Run this:' },
      { kind: 'code', lang: 'powershell', text: 'Get-Mailbox\n  | Format-List' },
      { kind: 'ul', items: ['one', 'two'] },
      { kind: 'ol', items: ['first', 'second'] },
      { kind: 'h', level: 2, text: 'Then' },
      { kind: 'p', text: 'more text' },
    ]);
  });

  it('reads bold, emphasis, code and http(s) links; anything else stays text', () => {
    expect(parseInline('**bold** and *em*, `code`, [docs](https://learn.microsoft.com/x) [bad](javascript:alert(1))')).toEqual([
      { kind: 'strong', text: 'bold' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'em' },
      { kind: 'text', text: ', ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'docs', href: 'https://learn.microsoft.com/x' },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: '[bad](javascript:alert(1)' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('keeps markup in lab text as text (rendered as text nodes, never HTML)', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
});
