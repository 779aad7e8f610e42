import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../schema/compose';
import { apiSchemaPath, supergraphPath } from '../schema/files';

/** npm run compose: writes schema/supergraph.graphql and schema/api.graphql from the subgraphs. */
composeSupergraph().then(
  ({ supergraphSdl, apiSchemaSdl }) => {
    writeFileSync(supergraphPath, supergraphSdl);
    writeFileSync(apiSchemaPath, apiSchemaSdl);
    console.log(`wrote ${supergraphPath} and ${apiSchemaPath}`);
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
