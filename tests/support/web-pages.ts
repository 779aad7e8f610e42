import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webPagesDirectory } from '../../gateway/web-pages';
import { testDatabaseUrl } from './database';

const root = join(__dirname, '..', '..');
const lock = join(root, '.data', 'web-pages-build.lock');
/** A lock older than this was left by a run that died while building. */
const STALE_LOCK_MS = 120_000;

/**
 * Builds the pages (Vite) once per test run, so the hub serves what the sources say now. The test
 * files that need them run side by side, and a build empties the directory every running hub
 * serves from: the first file builds, the others wait for it (a lock, and a mark naming the run).
 */
export async function buildWebPagesOnce(): Promise<void> {
  const built = join(webPagesDirectory, `.built-for-${new URL(testDatabaseUrl()).pathname.slice(1)}`);
  mkdirSync(join(root, '.data'), { recursive: true });
  for (;;) {
    if (existsSync(built)) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    if (!existsSync(built)) {
      execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'clients/web/vite.config.mts'], { cwd: root, stdio: 'pipe' });
      writeFileSync(built, '');
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
