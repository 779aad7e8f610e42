import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const projectRoot = join(__dirname, '..', '..');

/** A hub process of its own (a subgraph or a gateway), as a production deployment runs each. */
export interface HubProcess {
  name: string;
  child: ChildProcess;
  /** Its /graphql endpoint, from the line it logs when it is up. */
  graphqlUrl: string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `scripts/<script>.ts` under tsx (one node process, so its pid is the server's) on a free port, and
 * resolves once it logs `upMessage` with its URL; rejects with what it printed if it exits first.
 */
export async function startHubProcess(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, upMessage: string): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', `${script}.ts`), ...args], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const printed: string[] = [];
  child.stderr!.on('data', (chunk) => printed.push(String(chunk)));
  const lines = createInterface({ input: child.stdout! });
  const up = new Promise<string>((resolve) => {
    lines.on('line', (line) => {
      printed.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === upMessage) resolve(entry.graphql);
      } catch {
        // not a log line
      }
    });
  });
  const graphqlUrl = await Promise.race([up, exited.then((code) => Promise.reject(new Error(`${name} exited with ${code} before it was up:\n${printed.join('\n')}`)))]);
  return {
    name,
    child,
    graphqlUrl,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
