import { parseArgs } from 'node:util';
import { createAuditLog } from '../audit-log/disclosure-log';
import { logger } from '../platform/logger';
import { cpuPerRequest, cpuTimes } from './cpu';
import { openBenchDatabase } from './database';
import { syntheticRequestLines } from './synthetic-disclosures';
import { markdownTable } from './table';

/**
 * npm run bench:audit [-- --concurrency 10 --lines 210 --duration 10]
 * The disclosure log alone, on a database of its own (made anew for each run, dropped after it):
 * `concurrency` requests in flight, each appending one request's synthetic lines (210: a page of 50
 * dossiers with their persons) and, once they are committed, the next, for `duration` seconds after
 * a 1 s warm-up. Prints lines/s and requests/s sustained, p50 and p99 of an append, the CPU per
 * request of this process (the log's writer, and making the lines) and PostgreSQL, then verifies the
 * chain. A benchmark, never a test.
 */
const { values } = parseArgs({
  options: { concurrency: { type: 'string', default: '10' }, lines: { type: 'string', default: '210' }, duration: { type: 'string', default: '10' } },
});
const concurrency = Number(values.concurrency);
const linesPerRequest = Number(values.lines);
const duration = Number(values.duration);
const database = 'safehome_bench_audit';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  logger.level = 'warn'; // a fresh database's migrations are no news here
  const { postgres, db } = await openBenchDatabase(database, { fresh: true });
  const log = createAuditLog(db);

  // Made beforehand, so the process spends its time on the log, not on making lines.
  const requests = Array.from({ length: 200 }, () => syntheticRequestLines(linesPerRequest - 1));

  /** Appends from `concurrency` loops until `seconds` have passed; the latency of each append, in ms. */
  async function appendFor(seconds: number): Promise<number[]> {
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
    let next = 0;
    const loop = async () => {
      while (performance.now() < until) {
        // Each append in a task of its own, as a gateway's requests arrive (not all in one chain of microtasks).
        await new Promise(setImmediate);
        const lines = requests[next++ % requests.length];
        const started = performance.now();
        await log.append(lines);
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    return latencies;
  }

  await appendFor(1);
  const trees = { log: process.pid };
  const cpuBefore = cpuTimes(trees, database);
  const started = performance.now();
  const latencies = (await appendFor(duration)).sort((a, b) => a - b);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuPerRequest(cpuBefore, cpuTimes(trees, database), latencies.length);

  console.log(`\nthe disclosure log alone (${database}), ${concurrency} requests in flight, ${linesPerRequest} lines a request, ${duration} s, node ${process.version}, PostgreSQL: ${postgres.description}\n`);
  const header = ['lines/s', 'requests/s', 'append p50 ms', 'append p99 ms', 'CPU this process', 'CPU PostgreSQL'];
  const row = [
    ((latencies.length * linesPerRequest) / elapsed).toFixed(0),
    (latencies.length / elapsed).toFixed(1),
    percentile(latencies, 50).toFixed(1),
    percentile(latencies, 99).toFixed(1),
    cpu.log.toFixed(1),
    cpu.postgres.toFixed(1),
  ];
  console.log(markdownTable(header, [row]));
  console.log(`\nCPU: ms per request appended (user + system, from /proc); this process hashes, serialises and writes the lines (made beforehand); PostgreSQL: its server processes and the backends of ${database}.`);
  const verifyStarted = performance.now();
  const chain = await log.verify();
  const verifySeconds = ((performance.now() - verifyStarted) / 1000).toFixed(1);
  console.log(`verify: ${chain.intact ? 'intact' : `BROKEN at line ${chain.firstBroken!.seq}`}, ${chain.lines} lines (with the warm-up's) in ${verifySeconds} s`);
  await log.close();
  await postgres.dropDatabase(database);
  await postgres.stop();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
