import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a client operation kept in clients/operations/<name>.graphql. */
export function operation(name: string): string {
  return readFileSync(join(__dirname, 'operations', `${name}.graphql`), 'utf8');
}
