import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** A document id the README tells a newcomer to send must be one the hub registers, or the example answers PERSISTED_QUERY_NOT_FOUND. */
describe('the document ids the README sends', () => {
  it('are documents of the manifest (when an operation changes, its id in the README must follow)', () => {
    const manifest: Record<string, string> = JSON.parse(readFileSync(join(root, 'clients', 'generated', 'persisted-documents.json'), 'utf8'));
    const sent = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/"documentId":\s*"(sha256:[0-9a-f]{64})"/g)].map((match) => match[1]);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((id) => !(id in manifest))).toEqual([]);
  });
});
