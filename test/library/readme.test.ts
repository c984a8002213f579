/** The README's library example is the test file that runs it, word for word. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it("README's 'As a library' example is test/library/readme-example.test.ts", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## As a library'));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const example = blocks.find((b) => b.includes('createSession'));
  expect(example).toBe(readFileSync('test/library/readme-example.test.ts', 'utf8'));
});
