import { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { logger } from '../platform/logger';
import { Purpose } from '../policy';
import { ClientSource } from './clients';
import { escape, page, pageSecurityPolicy } from './pages';
import { signedInStaff, staffAccount } from './staff';
import { declarablePurpose, purposeAsked, PurposeRefused } from './token-claims';

/** What a sign-in form may hold: an account name and a password, well under this. */
const MAX_FORM_BYTES = 4096;

interface SignInForm {
  uid: string;
  pagePath: string;
  purpose: Purpose;
  account?: string;
  error?: string;
}

function signInPage({ uid, pagePath, purpose, account = '', error }: SignInForm): string {
  const described = error ? ' aria-invalid="true" aria-describedby="error"' : '';
  return page('Aanmelden · Sign in', `<h1>Aanmelden · <span lang="en">Sign in</span></h1>
<p lang="en">Sign in to the Safe Home hub's page <strong>${escape(pagePath)}</strong>, for the purpose <strong>${escape(purpose)}</strong>.</p>
${error ? `<p class="error" id="error" role="alert" lang="en">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login" novalidate>
<label for="account">Account</label>
<input id="account" name="account" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escape(account)}"${described}${error ? '' : ' autofocus'}>
<label for="password">Wachtwoord · <span lang="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}${error ? ' autofocus' : ''}>
<button type="submit">Aanmelden · <span lang="en">Sign in</span></button>
</form>`);
}

/** The form's fields; null for no form, one too large, or one that never arrived whole (the browser went away mid-request). */
async function formFields(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return null;
  let size = 0;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) return null;
      chunks.push(chunk);
    }
  } catch {
    return null;
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, html: string, hubOrigin: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pageSecurityPolicy(hubOrigin), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  res.end(html);
}

/**
 * The provider's sign-in page (its login interaction): a staff member types an account and the
 * password; the provider then sends the browser back to the page that asked, which gets its token.
 * An account whose role may not declare the purpose the page asked for is refused here, saying so.
 * Answers the requests under /interaction/ (true), leaves the rest to the provider (false).
 */
export function signInInteraction(provider: Provider, clients: ClientSource, hubOrigin: string) {
  const expired = (res: ServerResponse) =>
    send(res, 400, page('Aanmelden verlopen · Sign-in expired', '<h1>Aanmelden verlopen · Sign-in expired</h1><p role="alert">This sign-in has expired or was already used. Go back to the page and sign in again.</p>'), hubOrigin);
  const refuse = (req: IncomingMessage, res: ServerResponse, error: string, description: string) =>
    provider.interactionFinished(req, res, { error, error_description: description }, { mergeWithLastSubmission: false });

  async function answer(req: IncomingMessage, res: ServerResponse, uid: string, submitted: boolean): Promise<void> {
    let details: Awaited<ReturnType<Provider['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return expired(res);
      throw error;
    }
    const client = await clients(String(details.params.client_id));
    if (details.uid !== uid || client?.kind !== 'page') return expired(res);
    // Consent is implicit (loadExistingGrant): any other prompt means the request cannot be granted.
    if (details.prompt.name !== 'login') return refuse(req, res, 'access_denied', `the sign-in cannot go on (${details.prompt.reasons.join(', ')})`);
    const scope = details.params.scope as string | undefined;
    let purpose: Purpose;
    try {
      purpose = purposeAsked(scope, client);
    } catch (error) {
      if (error instanceof PurposeRefused) return refuse(req, res, 'invalid_scope', error.message);
      throw error;
    }
    const form: SignInForm = { uid, pagePath: client.path, purpose };
    if (!submitted) return send(res, 200, signInPage(form), hubOrigin);
    if (req.method !== 'POST') return send(res, 405, signInPage(form), hubOrigin);

    const fields = await formFields(req);
    const account = fields?.get('account')?.trim() ?? '';
    const staff = signedInStaff(account, fields?.get('password') ?? '');
    let refusal = staff ? null : 'Account of wachtwoord klopt niet. The account or password is not right.';
    try {
      if (staff) declarablePurpose(scope, client, staff.role);
    } catch (error) {
      if (!(error instanceof PurposeRefused)) throw error;
      refusal = `Dit account mag dit doel niet aangeven. This account may not sign in here: ${error.message}.`;
    }
    if (!staff || refusal) {
      // The account only when it is one: what names none may be a password typed in the wrong field.
      logger.warn({ client: client.id, account: staffAccount(account)?.id ?? null, reason: staff ? 'purpose' : 'credentials' }, 'identity provider refused a sign-in');
      return send(res, 401, signInPage({ ...form, account, error: refusal! }), hubOrigin);
    }
    logger.info({ client: client.id, account: staff.id, purpose }, 'staff signed in');
    await provider.interactionFinished(req, res, { login: { accountId: staff.id } }, { mergeWithLastSubmission: false });
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', 'http://provider').pathname);
    if (!match) return false;
    await answer(req, res, match[1], Boolean(match[2]));
    return true;
  };
}
