import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import { StatisticsResolver } from './resolvers';

/** Aggregates for dashboards, from read-only reporting views; no person-level data leaves it. */
export const statisticsSubgraph: SubgraphDefinition = {
  name: 'statistics',
  databaseSchema: 'statistics',
  readOnly: true,
  migrations,
  resolvers: [StatisticsResolver],
};
