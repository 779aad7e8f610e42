import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Writable } from 'node:stream';

const projectRoot = join(__dirname, '..');

export interface IdentityProcess {
  issuer: string;
  child: ChildProcess;
  /** Sends SIGTERM to its pid and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the development OpenID provider (scripts/start-identity.ts, under tsx: oidc-provider is an ES
 * module, which the hub's CommonJS tests cannot load) as a process of its own, its output into
 * `output`; resolves with its issuer once it listens, rejects if it exits first.
 */
export async function startIdentityProcess(env: NodeJS.ProcessEnv, output: Writable): Promise<IdentityProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'start-identity.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.pipe(output, { end: false });
  child.stderr!.pipe(output, { end: false });
  const exited = once(child, 'exit');
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { issuer: string }) => resolve(message.issuer));
    child.once('exit', (code) => reject(new Error(`the identity provider exited with ${code} before it was up`)));
  });
  return {
    issuer,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
