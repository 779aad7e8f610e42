import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { markdownTable } from './table';

export interface FairnessTarget {
  name: string;
  url: string;
  /** The flooding partner's headers and the well-behaved partner's (the same where the gateway knows no partners). */
  flooder: Record<string, string>;
  wellBehaved: Record<string, string>;
}

interface Latency {
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, by status: a well-behaved partner should get none. */
  refused: Record<string, number>;
}

/** The well-behaved partner: one request at a time, and fewer a second than its fair share, as an application looking up dossiers does. */
const WELL_BEHAVED_PER_SECOND = 5;

async function wellBehaved(url: string, body: string, headers: Record<string, string>, seconds: number): Promise<Latency> {
  const result = await autocannon({ url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections: 1, overallRate: WELL_BEHAVED_PER_SECOND, duration: seconds });
  if (result.errors) throw new Error(`the well-behaved partner's requests failed ${result.errors} times`);
  const statuses = (result.statusCodeStats ?? {}) as Record<string, { count: number }>;
  const refused = Object.fromEntries(Object.entries(statuses).filter(([status]) => !status.startsWith('2')).map(([status, { count }]) => [status, count]));
  return { p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, refused };
}

/** The flood, from a process of its own (autocannon's CLI), so that it does not share the measuring event loop. */
async function flood(url: string, body: string, headers: Record<string, string>, connections: number, seconds: number) {
  const args = ['-c', String(connections), '-d', String(seconds), '-m', 'POST', '-b', body, '-H', 'content-type=application/json', '-j'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const child = spawn(join(__dirname, '..', 'node_modules', '.bin', 'autocannon'), [...args, url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  await once(child, 'exit');
  const result = JSON.parse(out) as { '2xx': number; non2xx: number; statusCodeStats?: Record<string, { count: number }> };
  return { ok: result['2xx'], refused: result.statusCodeStats?.['429']?.count ?? 0, other: result.non2xx - (result.statusCodeStats?.['429']?.count ?? 0) };
}

/**
 * One partner floods (the page query, many in flight, never backing off), another sends the
 * one-dossier query one at a time: its p50 and p99 while the flood runs, against the same when idle.
 */
export async function fairness(targets: FairnessTarget[], queries: { light: string; heavy: string }, { seconds, floodConnections }: { seconds: number; floodConnections: number }) {
  const rows: string[][] = [];
  for (const target of targets) {
    const idle = await wellBehaved(target.url, queries.light, target.wellBehaved, seconds);
    const [flooded, flooding] = await Promise.all([
      wellBehaved(target.url, queries.light, target.wellBehaved, seconds),
      flood(target.url, queries.heavy, target.flooder, floodConnections, seconds),
    ]);
    const refusals = (latency: Latency) => Object.entries(latency.refused).map(([status, count]) => `, ${count}× ${status}`).join('');
    rows.push([
      target.name,
      `${idle.p50} / ${idle.p99}${refusals(idle)}`,
      `${flooded.p50} / ${flooded.p99}${refusals(flooded)}`,
      (flooded.p50 / idle.p50).toFixed(2),
      `${flooding.ok} served, ${flooding.refused} refused (429)${flooding.other ? `, ${flooding.other} other non-2xx` : ''}`,
    ]);
  }
  console.log(`\nfairness: one partner floods the page query with ${floodConnections} in flight, never backing off; another sends the one-dossier query, ${WELL_BEHAVED_PER_SECOND} a second, one at a time (${seconds} s each)\n`);
  console.log(markdownTable(['gateway', 'well-behaved idle p50 / p99 ms', 'under the flood p50 / p99 ms', 'p50 under flood / idle', 'the flood'], rows));
}
