import type { PolicyOverview } from '../../../../policy/overview';
import generated from './policy.generated.json';

/**
 * The policy grouped by role and purpose, as `npm run policy:matrix` wrote it from policy/ (a test
 * fails when it is stale): data bundled into the page, where the page may run none of the hub's code.
 */
export const policy = generated as unknown as PolicyOverview;

export type { CategoryGrant, CategorySummary, RuleSummary, RuleUse } from '../../../../policy/overview';
export type { Bilingual } from '../../../../policy/labels';

const legalBases = new Map(policy.legalBases.map((basis) => [basis.id, basis]));

/** A legal basis as a reader cites it (e.g. "Art. 458ter Strafwetboek"), in the page's language; its id when the policy names no such basis. */
export const citationOf = (language: 'nl' | 'en', id: string): string => legalBases.get(id)?.citation[language] ?? id;
