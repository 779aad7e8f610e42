import { parseArgs } from 'node:util';
import { runRetention } from '../hub/retention';
import { createDatabase } from '../subgraphs/common/database';
import { hubDatabase } from './database-url';

/** npm run retention [-- --years 5]: anonymises closed dossiers past the retention period (RETENTION_YEARS, default 5). */
async function main() {
  const { values } = parseArgs({ options: { years: { type: 'string', default: process.env.RETENTION_YEARS ?? '5' } } });
  const { url, server } = await hubDatabase();
  const db = createDatabase(url);
  try {
    const done = await runRetention(db, { years: Number(values.years) });
    console.log(`retention: ${done.dossiers} dossiers closed before ${done.cutoff} anonymised, ${done.persons} persons; the disclosure log is untouched`);
  } finally {
    await db.destroy();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
