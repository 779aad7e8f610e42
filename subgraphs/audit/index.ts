import { SubgraphDefinition } from '../common/subgraph';
import { DataFlowsOf, dataFlowResolver } from './data-flow';
import { migrations } from './migrations';
import { BreakGlassResolver, DisclosedFieldResolver, DisclosureResolver } from './resolvers';
import { TrustedDocumentResolver } from './trusted-document-resolvers';

/**
 * The disclosure log for the DPO: lines by person, dossier, organisation and time, the chain's
 * state, subject access, and the review of break-glass requests; and the registry of trusted
 * documents, on which the DPO decides (what it writes: reviews and decisions, each on the chain),
 * with what each document can disclose as the composition root computes it (`dataFlows`).
 */
export const auditSubgraph = ({ dataFlows }: { dataFlows: DataFlowsOf }): SubgraphDefinition => ({
  name: 'audit',
  databaseSchema: 'audit',
  migrations,
  resolvers: [DisclosureResolver, DisclosedFieldResolver, BreakGlassResolver, TrustedDocumentResolver, dataFlowResolver(dataFlows)],
});
