import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = join(__dirname, '..');
const committed = join(root, 'clients', 'generated');

describe('the generated typed client', () => {
  it('is what codegen makes from the committed API schema and the client operations (run `npm run codegen` when this fails)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      const config = parse(readFileSync(join(root, 'codegen.yml'), 'utf8'));
      const [target] = Object.keys(config.generates);
      config.generates = { [`${scratch}/`]: config.generates[target] };
      writeFileSync(join(scratch, 'codegen.yml'), stringify(config));
      execFileSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', join(scratch, 'codegen.yml'), '--silent'], { cwd: root, stdio: 'pipe' });
      const files = readdirSync(committed).sort();
      expect(readdirSync(scratch).filter((name) => name !== 'codegen.yml').sort()).toEqual(files);
      for (const file of files) expect(readFileSync(join(committed, file), 'utf8')).toBe(readFileSync(join(scratch, file), 'utf8'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
