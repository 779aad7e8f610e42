import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system) of processes, read from /proc: of a process tree by its root's pid (a
 * server started through tsx is tsx and the node process it spawns), and of PostgreSQL: every
 * process named `postgres` but the client backends of other databases. Those belong to whoever
 * else uses the machine's server (tests run beside the bench), and one that ends mid-run would
 * take its whole CPU time out of the sum.
 */
const msPerTick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

interface ProcessStat {
  pid: number;
  parent: number;
  name: string;
  ticks: number;
}

function processes(): ProcessStat[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        return []; // ended while we were reading
      }
      // "pid (comm) state ppid ... utime stime ...": comm may hold spaces and parentheses.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ pid: Number(pid), parent: Number(fields[1]), name, ticks: Number(fields[11]) + Number(fields[12]) }];
    });
}

function treeTicks(all: ProcessStat[], root: number): number {
  const inTree = new Set([root]);
  // Parents have lower pids than their children except after pid wrap-around: repeat until stable.
  for (let grew = true; grew; ) {
    grew = false;
    for (const { pid, parent } of all) {
      if (inTree.has(parent) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return all.filter(({ pid }) => inTree.has(pid)).reduce((sum, { ticks }) => sum + ticks, 0);
}

// A client backend's title (in its cmdline): "postgres: [cluster: ]user database host(port) state".
const clientBackend = /^postgres: (?:\S+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])/;

function databaseOf(pid: number): string | undefined {
  try {
    return clientBackend.exec(readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' '))?.[1];
  } catch {
    return undefined;
  }
}

export type CpuTimes = Record<string, number>;

/** Milliseconds of CPU used so far by each named process tree, and by PostgreSQL for `database` as `postgres`. */
export function cpuTimes(trees: Record<string, number>, database: string): CpuTimes {
  const all = processes();
  const times: CpuTimes = Object.fromEntries(Object.entries(trees).map(([name, pid]) => [name, treeTicks(all, pid) * msPerTick]));
  const ours = all.filter(({ pid, name }) => name === 'postgres' && (databaseOf(pid) ?? database) === database);
  times.postgres = ours.reduce((sum, { ticks }) => sum + ticks, 0) * msPerTick;
  return times;
}

/** CPU milliseconds per request of each source between two readings. */
export function cpuPerRequest(before: CpuTimes, after: CpuTimes, requests: number): CpuTimes {
  return Object.fromEntries(Object.keys(after).map((name) => [name, (after[name] - (before[name] ?? 0)) / requests]));
}
