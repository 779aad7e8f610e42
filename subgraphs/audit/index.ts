import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import { BreakGlassResolver, DisclosedFieldResolver, DisclosureResolver } from './resolvers';

/**
 * The disclosure log for the DPO: lines by person, dossier, organisation and time, the chain's
 * state, subject access, and the review of break-glass requests (the one thing it writes).
 */
export const auditSubgraph: SubgraphDefinition = {
  name: 'audit',
  databaseSchema: 'audit',
  migrations,
  resolvers: [DisclosureResolver, DisclosedFieldResolver, BreakGlassResolver],
};
