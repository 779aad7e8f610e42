import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';

/** Where the hub's published operations are (the typed client's, the pages' and the examples'); the build copies them beside the compiled code. */
export const publishedOperationsDirectory = join(__dirname, '..', 'clients', 'operations');

/**
 * The names of the hub's published operations: the only operation names the metrics name (any other
 * is "other"), since a name is the client's to choose and could say anything, a person's name too.
 */
export function publishedOperationNames(directory = publishedOperationsDirectory): ReadonlySet<string> {
  const names = new Set<string>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(join(directory, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}
