import { join } from 'node:path';

export const policyDocPath = join(__dirname, '..', 'docs', 'POLICY.md');
