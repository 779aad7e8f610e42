import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { policyLanguages } from '../policy/labels';
import { policyMarkdown } from '../policy/matrix';
import { policyOverviewJson } from '../policy/overview';
import { policyBrowserDataPath, policyDocPaths } from './policy-doc-path';

/** npm run policy:matrix: writes docs/POLICY.md, docs/POLICY.nl.md and the DPO's policy browser's data from policy/. */
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
};
for (const language of policyLanguages) write(policyDocPaths[language], policyMarkdown(language));
write(policyBrowserDataPath, policyOverviewJson());
