import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { defaultSubgraphPort, subgraphs } from '../hub/subgraphs';
import { buildFederatedSchema } from '../subgraphs/common/build-federated-schema';

export interface ComposedSchemas {
  /** The supergraph the gateway plans over (with join__ internals). */
  supergraphSdl: string;
  /** The public API schema clients see and generate code from. */
  apiSchemaSdl: string;
}

/**
 * Composes the four subgraphs into a supergraph with @apollo/composition. Routing URLs are the
 * one-machine defaults; the gateway overrides them from its configuration.
 */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const services = await Promise.all(
    subgraphs.map(async (definition) => ({
      name: definition.name,
      url: `http://127.0.0.1:${defaultSubgraphPort(definition.name)}/graphql`,
      typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(definition))),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => error.message).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}
