import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs `npm run -s <args>` on a database as an operator would (DATABASE_URL), with its exit code and everything it printed. */
export async function npmCommand(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
