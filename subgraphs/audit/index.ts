import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import { DisclosureResolver } from './resolvers';

/** The disclosure log for the DPO: lines by person, dossier, organisation and time, the chain's state, subject access. */
export const auditSubgraph: SubgraphDefinition = {
  name: 'audit',
  databaseSchema: 'audit',
  readOnly: true,
  migrations,
  resolvers: [DisclosureResolver],
};
