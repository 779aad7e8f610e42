import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the committed, composed schemas live. */
export const supergraphPath = join(__dirname, 'supergraph.graphql');
export const apiSchemaPath = join(__dirname, 'api.graphql');

export const readSupergraphSdl = () => readFileSync(supergraphPath, 'utf8');
