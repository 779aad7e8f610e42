import { join } from 'node:path';
import type { PolicyLanguage } from '../policy/labels';

const docs = join(__dirname, '..', 'docs');

/** The policy for a data protection officer: English in POLICY.md, Dutch in POLICY.nl.md. */
export const policyDocPaths: Record<PolicyLanguage, string> = { en: join(docs, 'POLICY.md'), nl: join(docs, 'POLICY.nl.md') };

/** The same policy as data for the DPO's policy browser, bundled into its page (clients/ use no hub code). */
export const policyBrowserDataPath = join(__dirname, '..', 'clients', 'web', 'dpo', 'policy', 'policy.generated.json');
