import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { policyMatrixMarkdown } from '../policy/matrix';
import { policyDocPath } from './policy-doc-path';

/** npm run policy:matrix: writes docs/POLICY.md from policy/. */
mkdirSync(dirname(policyDocPath), { recursive: true });
writeFileSync(policyDocPath, policyMatrixMarkdown());
console.log(`wrote ${policyDocPath}`);
