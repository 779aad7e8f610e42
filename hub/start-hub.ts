import { auditSigner } from '../audit-log/audit-key';
import { Knex } from 'knex';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { TrustedIssuer } from './gateway-config';
import { gatewayOptionsFromEnv } from './gateway-options';
import { createActorTokenVerifier } from '../platform/actor-token';
import { createDatabase } from '../platform/database';
import { RunningSubgraph, startSubgraph } from '../subgraphs/common/server';
import { SubgraphDefinition } from '../subgraphs/common/subgraph';
import { defaultSubgraphPort, subgraphs } from './subgraphs';
import { resilienceFromEnv } from './operations-config';

export interface HubOptions {
  databaseUrl: string;
  /** 0 picks free ports (tests, bench); default: 4000 and one port a subgraph from 4001 (hub/subgraphs.ts). */
  gatewayPort?: number;
  subgraphPort?: (name: string) => number;
  /** The environment the gateway is configured from (default: the process's). */
  env?: NodeJS.ProcessEnv;
  /** The issuer whose tokens the gateway accepts, instead of the AUTH_ one of the environment: the tests' own. */
  authentication?: TrustedIssuer;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  databases: Knex[];
  stop(): Promise<void>;
}

/** One subgraph with its own database pool, accepting the gateway's actor tokens. */
export async function serveSubgraph(definition: SubgraphDefinition, databaseUrl: string, port: number) {
  // A subgraph that writes appends CHANGE lines to the disclosure log: without the audit key it does not start.
  if (!definition.readOnly) await auditSigner();
  // No statement outlives the deadline of the request that asked for it by long: the gateway has given up on it by then.
  const db = createDatabase(databaseUrl, { readOnly: definition.readOnly, name: definition.name, statementTimeoutMs: resilienceFromEnv(process.env).requestDeadlineMs });
  const running = await startSubgraph(definition, db, port, await createActorTokenVerifier());
  return { db, running };
}

/** The whole hub on one machine: every subgraph, each with its own database pool, and the gateway. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const started = await Promise.all(
    subgraphs.map((definition) =>
      serveSubgraph(definition, options.databaseUrl, options.subgraphPort?.(definition.name) ?? defaultSubgraphPort(definition.name)),
    ),
  );
  const { port, ...gatewayOptions } = await gatewayOptionsFromEnv(Object.fromEntries(started.map(({ running }) => [running.name, running.graphqlUrl])), options.databaseUrl, options.env, options.authentication);
  const gateway = await startGateway(gatewayOptions, options.gatewayPort ?? port);
  return {
    gateway,
    subgraphs: started.map(({ running }) => running),
    databases: started.map(({ db }) => db),
    async stop() {
      await gateway.close();
      await Promise.all(started.map(({ running }) => running.close()));
      await Promise.all(started.map(({ db }) => db.destroy()));
    },
  };
}
