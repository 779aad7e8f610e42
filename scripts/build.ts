import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { apiSchemaPath, supergraphPath } from '../schema/files';
import { webPagesDirectory } from '../gateway/web-pages';
import { commandOptions } from './command-options';
import { publishedOperationsDirectory } from '../hub/published-operations';
import { documentManifestPath } from '../hub/document-registration';

const projectRoot = resolve(__dirname, '..');

/**
 * The server compiled by tsc (which, unlike tsx, emits the decorator metadata type-graphql reads) into `out`,
 * with the files it reads at run time where the compiled modules look for them (beside them, as in the source).
 */
export function buildServer(out: string): void {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', out], { stdio: 'inherit' });
  for (const file of [supergraphPath, apiSchemaPath]) cpSync(file, join(out, 'schema', basename(file)));
  cpSync(publishedOperationsDirectory, join(out, 'clients', 'operations'), { recursive: true });
  cpSync(documentManifestPath, join(out, 'clients', 'generated', basename(documentManifestPath)));
}

/** The dashboard and the explorer (Vite), copied to where the compiled gateway serves them from. */
function buildWebPages(out: string): void {
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: projectRoot, stdio: 'inherit' });
  cpSync(webPagesDirectory, join(out, 'clients', 'web', 'dist'), { recursive: true });
}

if (require.main === module) {
  const { out } = commandOptions({ out: { type: 'string', default: 'dist' } }, 'npm run build [-- --out dist]');
  const outDir = resolve(projectRoot, out!);
  buildServer(outDir);
  buildWebPages(outDir);
  console.log(`built into ${outDir}`);
}
