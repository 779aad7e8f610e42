import { auditSubgraph } from '../subgraphs/audit';
import { SubgraphDefinition } from '../subgraphs/common/subgraph';
import { dossiersSubgraph } from '../subgraphs/dossiers';
import { personsSubgraph } from '../subgraphs/persons';
import { riskSubgraph } from '../subgraphs/risk';
import { statisticsSubgraph } from '../subgraphs/statistics';
import { trustedDocumentFlows } from './trusted-document-flows';

/** The hub's subgraphs, in migration order (statistics' views read the others' tables). */
export const subgraphs: SubgraphDefinition[] = [dossiersSubgraph, personsSubgraph, riskSubgraph, statisticsSubgraph, auditSubgraph({ dataFlows: trustedDocumentFlows() })];

/** Default ports when the hub runs on one machine: the gateway on 4000, subgraphs from 4001. */
export const defaultSubgraphPort = (name: string) => 4001 + subgraphs.findIndex((subgraph) => subgraph.name === name);

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`no subgraph "${name}"; there are ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}
