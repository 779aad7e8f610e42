import { createHash } from 'node:crypto';

/** The provider's own pages (sign-in, sign-out, errors): plain accessible HTML, loading nothing, with their one style pinned by hash. */
const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d1d1f}
main{max-width:26rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{font-size:1.4rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
input{width:100%;box-sizing:border-box;font:inherit;padding:.4rem;margin-top:.25rem;border:1px solid #6e6e73;border-radius:4px}
button{font:inherit;margin-top:1.25rem;padding:.5rem 1.25rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #f5b400;outline-offset:2px}
.error{color:#a4001d;font-weight:600}.note{color:#4a4a4f;font-size:.9rem}`;

const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;

/** The pages' Content-Security-Policy: a form may post here and be redirected on to the hub's pages. */
export const pageSecurityPolicy = (hubOrigin: string) =>
  ["default-src 'none'", `style-src ${styleHash}`, `form-action 'self' ${hubOrigin}`, "frame-ancestors 'none'", "base-uri 'none'"].join('; ');

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML, as element content or an attribute value. */
export const escape = (text: string) => text.replace(/[&<>"']/g, (character) => entities[character]);

/** A whole page; `body` is HTML already escaped. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Safe Home hub</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
<p class="note">Ontwikkelingsomgeving: synthetische accounts, geen echte gegevens. <span lang="en">Development identity provider: synthetic accounts only.</span></p>
</main>
</body>
</html>`;
}
