import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

/** The repository's documents as the hub serves them at /docs/: the README as the index, each of docs/*.md a page of its own. */
interface Document {
  source: string;
  page: string;
  title: string;
}

const screenshots = 'docs/screenshots';

function documentsIn(repository: string): Document[] {
  const docs = readdirSync(join(repository, 'docs')).filter((name) => name.endsWith('.md')).sort();
  return [
    { source: 'README.md', page: 'index.html', title: 'README' },
    ...docs.map((name) => ({ source: `docs/${name}`, page: name.replace(/\.md$/, '.html'), title: basename(name, '.md') })),
  ];
}

/** A heading's anchor as GitHub makes it, so a link to a section of a document works here too. */
const slug = (text: string) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Markdown to HTML with raw HTML escaped (html: false) and markdown-it's link check (no javascript:
 * links); a link from one document to another, or to a screenshot, points to where the hub serves it.
 */
function renderer(documents: Document[]) {
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const pageOf = new Map(documents.map((document) => [document.source, document.page]));
  const rewrite = (from: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(target)) return target;
    const [path, anchor] = target.split('#');
    const inRepository = posix.normalize(posix.join(posix.dirname(from), path));
    const page = pageOf.get(inRepository) ?? (inRepository.startsWith(`${screenshots}/`) ? `screenshots/${posix.basename(inRepository)}` : null);
    return page === null ? target : `${page === 'index.html' ? './' : page}${anchor ? `#${anchor}` : ''}`;
  };
  // A block of code wider than the page scrolls: the keyboard must be able to reach it to scroll it.
  for (const rule of ['fence', 'code_block'] as const) {
    const original = markdown.renderer.rules[rule]!;
    markdown.renderer.rules[rule] = (...args) => original(...args).replace(/^<pre>/, '<pre tabindex="0">');
  }
  markdown.core.ruler.push('hub-links-and-anchors', (state) => {
    const from = state.env.source as string;
    state.tokens.forEach((token, index) => {
      if (token.type === 'heading_open') token.attrSet('id', slug(state.tokens[index + 1].content));
      for (const child of token.children ?? []) {
        if (child.type === 'link_open') child.attrSet('href', rewrite(from, String(child.attrGet('href') ?? '')));
        if (child.type === 'image') child.attrSet('src', rewrite(from, String(child.attrGet('src') ?? '')));
      }
    });
  });
  return (source: string, text: string) => markdown.render(text, { source });
}

function page(document: Document, documents: Document[], body: string): string {
  const navigation = documents
    .map(({ page: href, title }) => `<li><a href="${href === 'index.html' ? './' : href}"${href === document.page ? ' aria-current="page"' : ''}>${escapeHtml(title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(document.title)} — Safe Home hub documentation</title>
<link rel="stylesheet" href="/docs/docs.css">
</head>
<body>
<header><nav aria-label="Documents"><a href="/">Safe Home hub</a><ul>${navigation}</ul></nav></header>
<main>
${body}</main>
</body>
</html>
`;
}

const style = `:root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d2430; background: #f5f6f8; line-height: 1.5; }
body { margin: 0; }
header { background: #fff; border-bottom: 1px solid #e2e8f0; }
nav { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; }
nav > a { font-weight: 700; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
nav [aria-current] { font-weight: 700; color: #1d2430; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; overflow-wrap: anywhere; }
a { color: #1f5fa8; }
:focus-visible { outline: 3px solid #e07b24; outline-offset: 2px; }
pre { background: #fff; border: 1px solid #e2e8f0; border-radius: 4px; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
code { font-size: 0.9em; }
table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.9rem; background: #fff; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border: 1px solid #e2e8f0; vertical-align: top; }
img { max-width: 100%; border: 1px solid #e2e8f0; }
blockquote { margin: 0; padding: 0 1rem; border-left: 4px solid #a0aec0; color: #4a5568; }
`;

/**
 * Renders the repository's documents at build time into dist/docs/ (with the README's screenshots):
 * static pages like the others, no script, and nothing a visitor sends is ever shown on them.
 */
export function docsPages(repository: string): Plugin {
  return {
    name: 'safe-home-docs-pages',
    apply: 'build',
    generateBundle() {
      const documents = documentsIn(repository);
      const render = renderer(documents);
      for (const document of documents) {
        const html = page(document, documents, render(document.source, readFileSync(join(repository, document.source), 'utf8')));
        this.emitFile({ type: 'asset', fileName: `docs/${document.page}`, source: html });
      }
      this.emitFile({ type: 'asset', fileName: 'docs/docs.css', source: style });
      const shots = join(repository, screenshots);
      for (const name of existsSync(shots) ? readdirSync(shots).filter((file) => file.endsWith('.png')) : []) {
        this.emitFile({ type: 'asset', fileName: `docs/screenshots/${name}`, source: readFileSync(join(shots, name)) });
      }
    },
  };
}
