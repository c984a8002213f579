/** Import-Clixml of malformed and unusual documents: what pwsh 7.6 writes and says (test/fixtures/xml-documents.ts). */
import { describe, expect, it } from 'vitest';
import { seedSession } from '../e2e/seed-helpers';
import { XML_DOCUMENT_CASES, caseScript } from '../fixtures/xml-documents';
import { parseXml, XmlSyntaxError } from '../../src/xml/read';
import { writeXml } from '../../src/xml/write';

describe('Import-Clixml reads documents as pwsh does', () => {
  const s = seedSession([]);
  it.each(XML_DOCUMENT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = s.run(caseScript(c, `${c.id}.xml`));
    expect(r.output.map((v) => String(v))).toEqual(c.pwsh);
  });
});

describe('the XML reader and writer', () => {
  it('keeps the children read before an error, and where the last whole tag starts', () => {
    try {
      parseXml('<a><b/><c>x</c><d>');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(XmlSyntaxError);
      const err = e as XmlSyntaxError;
      expect(err.partial!.children.map((c) => c.name)).toEqual(['b', 'c']);
      expect(err.lastTagAt).toBe(15);
    }
  });

  it('normalizes white space in attribute values and line ends in text', () => {
    const el = parseXml('<a x="1\t2\r\n3">l1\r\nl2\rl3</a>');
    expect(el.attrs['x']).toBe('1 2 3');
    expect(el.text).toBe('l1\nl2\nl3');
  });

  it('writes as XmlWriter with Indent: text inline, empty elements as <X />, escaped', () => {
    const text = writeXml({ name: 'Objs', attrs: { V: 'a"<&' }, content: [{ name: 'S', content: 'x<&>' }, { name: 'S', content: '' }, { name: 'Nil', content: null }, { name: 'MS', content: [{ name: 'B', content: 'true' }] }] }, '\r\n');
    expect(text).toBe('<Objs V="a&quot;&lt;&amp;">\r\n  <S>x&lt;&amp;&gt;</S>\r\n  <S></S>\r\n  <Nil />\r\n  <MS>\r\n    <B>true</B>\r\n  </MS>\r\n</Objs>');
    expect(parseXml(text).children.map((c) => [c.name, c.text])).toEqual([['S', 'x<&>'], ['S', ''], ['Nil', ''], ['MS', '\n    \n  ']]);
  });
});
