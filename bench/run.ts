import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildSchema, parse } from 'graphql';
import { createAuditLog } from '../audit-log/disclosure-log';
import { operation } from '../clients/operations';
import { filterOperation } from '../gateway/operation-filter';
import { signTestToken, testActor } from '../tests/support/test-issuer';
import { createDatabase } from '../platform/database';
import { Actor, defineAbilityFor, OrganisationType, Purpose, Role } from '../policy';
import { apiSchemaPath } from '../schema/files';
import { isSeeded, seed } from '../seed/seed';
import { cpuPerRequest, cpuTimes, CpuTimes } from './cpu';
import { openBenchDatabase } from './database';
import { fairness } from './fairness';
import { markdownTable } from './table';

/**
 * npm run bench [-- --scale 1|10|100 --duration 10 --connections 10]
 * Runs the hub's gateway, a stock @apollo/gateway and Hive Gateway over the same subgraphs and
 * supergraph, drives each with autocannon on the same partner queries in the same run, and prints
 * requests/s, p50 and p99, the CPU per request of the gateway, the subgraphs and PostgreSQL, and
 * the ratios hub/stock and hub/hive. A benchmark, never a test.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
});
const scale = Number(values.scale);
const duration = Number(values.duration);
const connections = Number(values.connections);

const children: ChildProcess[] = [];

/** Starts one role of serve.ts in a process of its own; its pid roots the process tree whose CPU is counted. */
async function serve(role: string, env: Record<string, string>): Promise<{ ready: Record<string, any>; pid: number }> {
  const child = spawn(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, 'serve.ts'), role], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), once(child, 'exit').then(() => { throw new Error(`${role} exited`); })])) as [string];
  return { ready: JSON.parse(line), pid: child.pid! };
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

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpu: CpuTimes;
}

const cpuColumns = ['gateway', 'subgraphs', 'postgres'];
const cpuTotal = (cpu: CpuTimes) => cpuColumns.reduce((sum, column) => sum + cpu[column], 0);
const measuredCells = (m: Measured) => [m.requestsPerSecond.toFixed(0), `${m.p50}`, `${m.p99}`, ...cpuColumns.map((column) => m.cpu[column].toFixed(1)), cpuTotal(m.cpu).toFixed(1)];
const ratioCells = (a: Measured, b: Measured) =>
  [a.requestsPerSecond / b.requestsPerSecond, a.p50 / b.p50, a.p99 / b.p99, ...cpuColumns.map((column) => a.cpu[column] / b.cpu[column]), cpuTotal(a.cpu) / cpuTotal(b.cpu)].map((ratio) => ratio.toFixed(2));

async function main() {
  const database = `safehome_bench_x${scale}`;
  const { postgres, url: databaseUrl, db } = await openBenchDatabase(database);
  if (!(await isSeeded(db))) {
    const started = Date.now();
    console.log(`seeding ${database} at ${scale}x ...`);
    const written = await seed(db, { scale });
    console.log(`seeded ${written.dossiers} dossiers, ${written.consults} consults in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await db.destroy();

  // The Safe Home's case manager may read every field the bench queries ask, in every dossier of the region.
  const actor = { subject: 'bench', organisationId: 'limburg-safe-home', organisationType: OrganisationType.SAFE_HOME, role: Role.CASE_MANAGER, safeHomeId: 'limburg', purpose: Purpose.CASE_MANAGEMENT };
  const token = await signTestToken(actor, { expiresIn: 3600 });
  const subgraphs = await serve('subgraphs', { BENCH_DATABASE_URL: databaseUrl });
  const env = { BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphs.ready.subgraphUrls), BENCH_STOCK_ACTOR: JSON.stringify(actor) };
  // The case manager whose throughput is compared is not throttled; every other partner has the default fair share (fairness below).
  const hubLimits = JSON.stringify({ organisations: { SAFE_HOME: { requests: 1_000_000, perSeconds: 1, concurrent: 10_000 } } });
  const [hub, stock, hive] = await Promise.all([serve('hub', { ...env, BENCH_DATABASE_URL: databaseUrl, RATE_LIMITS: hubLimits }), serve('stock', env), serve('hive', env)]);

  const queries = [
    { name: 'one dossier with persons and risk', body: JSON.stringify({ query: operation('DossierWithPersonsAndRisk'), variables: { code: 'LIMB6024' } }) },
    { name: 'page of 50 dossiers with persons', body: JSON.stringify({ query: operation('DossierPage'), variables: { safeHomeId: 'limburg', first: 50 } }) },
  ];
  const targets = [
    { name: 'hub', server: hub, headers: { authorization: `Bearer ${token}` } },
    { name: 'stock', server: stock, headers: {} },
    { name: 'hive', server: hive, headers: {} },
  ].map(({ name, server, headers }) => ({ name, url: server.ready.url as string, pid: server.pid, headers: headers as Record<string, string> }));

  // Each gateway answers each query without errors, and with the same data as the first.
  const answers = new Map<string, string>();
  for (const target of targets) {
    for (const query of queries) {
      const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: query.body });
      const result = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (!response.ok || result.errors || !result.data) throw new Error(`${target.name} does not answer "${query.name}": ${JSON.stringify(result).slice(0, 300)}`);
      const data = JSON.stringify(result.data);
      if (!answers.has(query.name)) answers.set(query.name, data);
      if (answers.get(query.name) !== data) throw new Error(`${target.name} answers "${query.name}" otherwise than ${targets[0].name}`);
    }
  }

  const auditDb = createDatabase(databaseUrl);
  const auditLines = async () => Number((await auditDb('audit.disclosures').count({ n: '*' }))[0].n);
  const auditRates: string[] = [];
  const rows: string[][] = [];
  for (const query of queries) {
    const measured: Record<string, Measured> = {};
    for (const target of targets) {
      await load(target.url, query.body, target.headers, 2); // warm-up: plan cache, JIT, pools
      const linesBefore = await auditLines();
      const trees = { gateway: target.pid, subgraphs: subgraphs.pid };
      const cpuBefore = cpuTimes(trees, database);
      const result = await load(target.url, query.body, target.headers, duration);
      const cpu = cpuPerRequest(cpuBefore, cpuTimes(trees, database), result.requests.total);
      if (target.name === 'hub') auditRates.push(`${query.name}: ${((await auditLines()) - linesBefore) / duration} lines/s`);
      if (result.non2xx || result.errors) throw new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors on "${query.name}"`);
      measured[target.name] = { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu };
    }
    targets.forEach(({ name }, i) => rows.push([i ? '' : query.name, name, ...measuredCells(measured[name])]));
    rows.push(['', 'hub/stock', ...ratioCells(measured.hub, measured.stock)]);
    rows.push(['', 'hub/hive', ...ratioCells(measured.hub, measured.hive)]);
  }

  console.log(`\nscale ${scale}x (${database}), ${connections} connections, ${duration} s per run, node ${process.version}, PostgreSQL: ${postgres.description}\n`);
  const policyCost = gatewayPolicyCost(actor, queries.map((query) => JSON.parse(query.body)));
  console.log(markdownTable(['query', 'gateway', 'req/s', 'p50 ms', 'p99 ms', 'CPU gateway', 'CPU subgraphs', 'CPU PostgreSQL', 'CPU total'], rows));
  console.log(`\nCPU: ms per request completed (user + system, from /proc, over the measured run); PostgreSQL: its server processes and the backends of ${database}, not those of other databases.`);
  console.log(`the policy at the gateway (ability + operation walk), per request: ${policyCost.map((us, i) => `${queries[i].name}: ${us.toFixed(0)} µs`).join('; ')}`);
  console.log(`disclosure log lines written by the hub: ${auditRates.join('; ')}`);

  const bearer = async (organisationId: string, role: Role) => ({ authorization: `Bearer ${await signTestToken(testActor(organisationId, role, Purpose.CASE_CONSULTATION, 'bench'), { expiresIn: 3600 })}` });
  await fairness(
    [
      { name: 'hub', url: targets[0].url, flooder: await bearer('limburg-police', Role.POLICE_LIAISON), wellBehaved: await bearer('limburg-caw', Role.SOCIAL_WORKER) },
      { name: 'stock', url: targets[1].url, flooder: {}, wellBehaved: {} },
    ],
    { light: queries[0].body, heavy: queries[1].body },
    { seconds: duration, floodConnections: 64 },
  );

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
