import { parseArgs, ParseArgsConfig } from 'node:util';

/** A command's options: one mistyped or malformed ends the command with its usage and exit code 1, not a stack trace. */
export function commandOptions<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
    process.exit(1);
  }
}
