import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { operation } from '../clients/operations';
import { signDevToken } from '../hub/dev-issuer';
import { ensurePostgres } from '../hub/postgres';
import { migrateAll } from '../hub/prepare-database';
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { filterOperation } from '../gateway/operation-filter';
import { Actor, defineAbilityFor, OrganisationType, Purpose, Role } from '../policy';
import { apiSchemaPath } from '../schema/files';
import { isSeeded, seed } from '../seed/seed';
import { createAuditLog } from '../audit-log/disclosure-log';
import { createDatabase } from '../platform/database';

/**
 * npm run bench [-- --scale 1|10|100 --duration 10 --connections 10]
 * Runs the hub's gateway and a stock @apollo/gateway over the same subgraphs and supergraph, drives
 * both with autocannon on the same partner queries in the same run, and prints requests/s, p50 and
 * p99 of each and the ratio hub/stock. A benchmark, never a test.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
});
const scale = Number(values.scale);
const duration = Number(values.duration);
const connections = Number(values.connections);

const children: ChildProcess[] = [];

async function serve(role: string, env: Record<string, string>): Promise<Record<string, any>> {
  const child = spawn(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, 'serve.ts'), role], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), once(child, 'exit').then(() => { throw new Error(`${role} exited`); })])) as [string];
  return JSON.parse(line);
}

function load(url: string, body: string, headers: Record<string, string>, seconds: number) {
  return autocannon({ url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections, duration: seconds });
}

/** Microseconds the gateway's own policy work takes per request (building the ability, walking the operation). */
function gatewayPolicyCost(actor: Actor, requests: { query: string; variables: Record<string, unknown> }[]): number[] {
  const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
  return requests.map(({ query, variables }) => {
    const document = parse(query);
    const run = () => {
      const ability = defineAbilityFor(actor);
      filterOperation(schema, document, null, variables, (type, field) => (ability.can('read', type, field) ? null : 'refused'));
    };
    for (let i = 0; i < 200; i += 1) run();
    const started = process.hrtime.bigint();
    for (let i = 0; i < 2000; i += 1) run();
    return Number(process.hrtime.bigint() - started) / 2000 / 1000;
  });
}

async function main() {
  const database = `safehome_bench_x${scale}`;
  const postgres = await ensurePostgres({ preferLocalServer: true });
  await postgres.ensureDatabase(database);
  const databaseUrl = postgres.urlFor(database);
  const db = createDatabase(databaseUrl);
  await migrateAll(db);
  if (!(await isSeeded(db))) {
    const started = Date.now();
    console.log(`seeding ${database} at ${scale}x ...`);
    const written = await seed(db, { scale });
    console.log(`seeded ${written.dossiers} dossiers, ${written.consults} consults in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await db.destroy();

  // The Safe Home's case manager may read every field the bench queries ask, in every dossier of the region.
  const actor = { subject: 'bench', organisationId: 'limburg-safe-home', organisationType: OrganisationType.SAFE_HOME, role: Role.CASE_MANAGER, safeHomeId: 'limburg', purpose: Purpose.CASE_MANAGEMENT };
  const token = await signDevToken(actor, { expiresIn: 3600 });
  const { subgraphUrls } = await serve('subgraphs', { BENCH_DATABASE_URL: databaseUrl });
  const env = { BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls), BENCH_STOCK_ACTOR: JSON.stringify(actor) };
  const [hub, stock] = await Promise.all([serve('hub', { ...env, BENCH_DATABASE_URL: databaseUrl }), serve('stock', env)]);

  const queries = [
    { name: 'one dossier with persons and risk', body: JSON.stringify({ query: operation('DossierWithPersonsAndRisk'), variables: { code: 'LIMB6024' } }) },
    { name: 'page of 50 dossiers with persons', body: JSON.stringify({ query: operation('DossierPage'), variables: { safeHomeId: 'limburg', first: 50 } }) },
  ];
  const targets: { name: string; url: string; headers: Record<string, string> }[] = [
    { name: 'hub', url: hub.url as string, headers: { authorization: `Bearer ${token}` } },
    { name: 'stock', url: stock.url as string, headers: {} },
  ];

  for (const target of targets) {
    for (const query of queries) {
      const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: query.body });
      const result = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (!response.ok || result.errors || !result.data) throw new Error(`${target.name} does not answer "${query.name}": ${JSON.stringify(result).slice(0, 300)}`);
    }
  }

  const auditDb = createDatabase(databaseUrl);
  const auditLines = async () => Number((await auditDb('audit.disclosures').count({ n: '*' }))[0].n);
  const auditRates: string[] = [];
  const rows: string[][] = [];
  for (const query of queries) {
    const results: Record<string, autocannon.Result> = {};
    for (const target of targets) {
      await load(target.url, query.body, target.headers, 2); // warm-up: plan cache, JIT, pools
      const linesBefore = await auditLines();
      const result = await load(target.url, query.body, target.headers, duration);
      if (target.name === 'hub') auditRates.push(`${query.name}: ${((await auditLines()) - linesBefore) / duration} lines/s`);
      if (result.non2xx || result.errors) throw new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors on "${query.name}"`);
      results[target.name] = result;
    }
    const { hub: h, stock: s } = results;
    rows.push([query.name, 'hub', h.requests.average.toFixed(0), `${h.latency.p50}`, `${h.latency.p99}`]);
    rows.push(['', 'stock', s.requests.average.toFixed(0), `${s.latency.p50}`, `${s.latency.p99}`]);
    rows.push(['', 'hub/stock', (h.requests.average / s.requests.average).toFixed(2), (h.latency.p50 / s.latency.p50).toFixed(2), (h.latency.p99 / s.latency.p99).toFixed(2)]);
  }

  console.log(`\nscale ${scale}x (${database}), ${connections} connections, ${duration} s per run, node ${process.version}\n`);
  const policyCost = gatewayPolicyCost(actor, queries.map((query) => JSON.parse(query.body)));
  const header = ['query', 'gateway', 'req/s', 'p50 ms', 'p99 ms'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
  console.log(`\nthe policy at the gateway (ability + operation walk), per request: ${policyCost.map((us, i) => `${queries[i].name}: ${us.toFixed(0)} µs`).join('; ')}`);
  console.log(`disclosure log lines written by the hub: ${auditRates.join('; ')}`);
  const chain = await createAuditLog(auditDb).verify();
  console.log(`disclosure log after the bench: ${chain.intact ? 'intact' : `BROKEN at line ${chain.firstBroken!.seq}`}, ${chain.lines} lines`);
  await auditDb.destroy();
  await postgres.stop();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => children.forEach((child) => child.kill()));
