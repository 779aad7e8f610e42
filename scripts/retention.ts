import { parseArgs } from 'node:util';
import { runRetention } from '../hub/retention';
import { withHubDatabase } from './with-hub-database';

/** npm run retention [-- --years 5]: anonymises closed dossiers past the retention period (RETENTION_YEARS, default 5). */
const { values } = parseArgs({ options: { years: { type: 'string', default: process.env.RETENTION_YEARS ?? '5' } } });

withHubDatabase(async (db) => {
  const done = await runRetention(db, { years: Number(values.years) });
  console.log(`retention: ${done.dossiers} dossiers closed before ${done.cutoff} anonymised, ${done.persons} persons; the disclosure log is untouched`);
});
