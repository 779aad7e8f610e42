import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

/** One YAML document of a manifest file. */
export interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: any;
}

export const deployDirectory = join(__dirname, '..', '..', 'deploy');

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** Every document of every YAML file under deploy/, refusing a file YAML cannot read. */
export function loadManifests(directory = deployDirectory): Manifest[] {
  return yamlFiles(directory).flatMap((path) => {
    const file = relative(directory, path);
    return parseAllDocuments(readFileSync(path, 'utf8')).map((document): Manifest => {
      if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
      return { ...document.toJS(), file };
    });
  });
}

const modelPath = ({ apiVersion, kind }: Manifest) => `kubernetes-models/${apiVersion}/${kind}`;
const describe = (manifest: Manifest) => `${manifest.file}: ${manifest.kind} ${manifest.metadata?.name}`;

/**
 * What the Kubernetes API's schema (kubernetes-models, generated from its OpenAPI document) says is wrong in a
 * manifest, in two passes: its validator (required fields, types, enums, formats, which lets unknown fields
 * through), and its TypeScript type, whose excess-property check finds the unknown fields kubectl refuses.
 */
export function schemaErrors(manifests: Manifest[]): string[] {
  const errors: string[] = [];
  const typed = new Map<string, { manifest: Manifest; source: string }>();
  manifests.forEach((manifest, index) => {
    let Model: new (data: unknown) => { validate(): void };
    try {
      Model = require(modelPath(manifest))[manifest.kind];
    } catch {
      errors.push(`${describe(manifest)}: no such kind in the Kubernetes API (${manifest.apiVersion})`);
      return;
    }
    const { file: _file, ...object } = manifest;
    try {
      new Model(object).validate();
    } catch (error) {
      errors.push(`${describe(manifest)}: ${(error as Error).message}`);
    }
    const source = `import type { I${manifest.kind} } from '${modelPath(manifest)}';\nexport const manifest: I${manifest.kind} = ${JSON.stringify(object, null, 1)};\n`;
    typed.set(join(__dirname, `manifest-${index}.generated.ts`), { manifest, source });
  });
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => typed.has(file) || fileExists(file);
  host.readFile = (file) => typed.get(file)?.source ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const generated = typed.get(file);
    return generated ? ts.createSourceFile(file, generated.source, language) : getSourceFile(file, language, ...rest);
  };
  const program = ts.createProgram([...typed.keys()], options, host);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const generated = diagnostic.file && typed.get(diagnostic.file.fileName);
    errors.push(`${generated ? describe(generated.manifest) : diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  return errors;
}

/** Whether a label selector (matchLabels only: the manifests use no expressions) selects these labels. */
export function selects(selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return false;
  if (selector.matchExpressions?.length) throw new Error('selectors with matchExpressions are not evaluated by these checks');
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

/** The pod template of a workload (Deployment, Job, CronJob), or undefined for other kinds. */
export function podTemplateOf(manifest: Manifest): { metadata: { labels: Record<string, string> }; spec: any } | undefined {
  if (manifest.kind === 'Deployment' || manifest.kind === 'Job') return manifest.spec.template;
  if (manifest.kind === 'CronJob') return manifest.spec.jobTemplate.spec.template;
  return undefined;
}
