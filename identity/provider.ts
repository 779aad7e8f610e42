import Provider, { errors, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { logger } from '../platform/logger';
import { Purpose, Role } from '../policy';
import { identityAdapter } from './adapter';
import { ClientSource, purposeScope, RegisteredClient } from './clients';
import { hubAudience, hubResource } from './config';
import { escape, page, pageSecurityPolicy } from './pages';
import { staffAccount } from './staff';
import { actorClaims, declarablePurpose, PurposeRefused } from './token-claims';

export interface IdentityProviderOptions {
  issuer: string;
  hubOrigin: string;
  clients: ClientSource;
  /** The private JWK (ES256) that signs the access tokens. */
  signingKey: JWK;
  cookieKeys: string[];
}

/** An application's token lives an hour (the gateway's maximum); a token in a staff member's browser tab, a quarter of an hour. */
const applicationTokenSeconds = 3600;
const staffTokenSeconds = 900;

const purposeScopes = Object.values(Purpose).map(purposeScope);

/** The purpose of a token, or invalid_scope saying why there is none. */
function purposeFor(scope: string | undefined, client: RegisteredClient, role: Role): Purpose {
  try {
    return declarablePurpose(scope, client, role);
  } catch (error) {
    if (error instanceof PurposeRefused) throw new errors.InvalidScope(error.message, scope ?? '');
    throw error;
  }
}

/** A page the provider renders itself (errors, sign-out), under the same policy as its sign-in page. */
function render(ctx: KoaContextWithOIDC, hubOrigin: string, title: string, body: string) {
  ctx.type = 'html';
  ctx.set('content-security-policy', pageSecurityPolicy(hubOrigin));
  ctx.body = page(title, body);
}

/** Who a refused request came from, as far as it said: the client it named (in the body or the Basic authorization; never its secret). */
function clientNamed(ctx: KoaContextWithOIDC): unknown {
  const oidc = ctx.oidc as (KoaContextWithOIDC['oidc'] & { authorization?: { clientId?: string } }) | undefined;
  return oidc?.client?.clientId ?? oidc?.authorization?.clientId ?? oidc?.params?.client_id;
}

/**
 * The development OpenID provider (panva's oidc-provider): partner applications sign in as
 * themselves with client credentials, staff sign in to the hub's pages with authorization code +
 * PKCE; either way the access token is a JWT for the hub ("safe-home-hub") carrying the actor the
 * hub reads (org, org_type, role, safe_home, purpose) and the client it was issued to.
 */
export function createIdentityProvider({ issuer, hubOrigin, clients, signingKey, cookieKeys }: IdentityProviderOptions): Provider {
  const registered = async (clientId: string | undefined) => {
    const client = clientId ? await clients(clientId) : null;
    if (!client) throw new errors.InvalidClient('the client is not registered');
    return client;
  };

  const provider = new Provider(issuer, {
    adapter: identityAdapter(clients, hubOrigin),
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    scopes: purposeScopes,
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    pkce: { methods: ['S256'], required: () => true },
    async findAccount(_ctx, id) {
      const account = staffAccount(id);
      return account ? { accountId: account.id, claims: async () => ({ sub: account.id }) } : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => hubResource,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator, client) {
          if (indicator !== hubResource) throw new errors.InvalidTarget(`the only resource is "${hubResource}"`);
          return {
            audience: hubAudience,
            scope: purposeScopes.join(' '),
            accessTokenFormat: 'jwt',
            accessTokenTTL: client.tokenEndpointAuthMethod === 'none' ? staffTokenSeconds : applicationTokenSeconds,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          render(ctx, hubOrigin, 'Afmelden · Sign out', `<h1>Afmelden · Sign out</h1>
<p>Sign out of the Safe Home hub's sign-in on this browser?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Afmelden · Sign out</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          render(ctx, hubOrigin, 'Afgemeld · Signed out', '<h1>Afgemeld · Signed out</h1><p>You are signed out.</p>');
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AccessToken: staffTokenSeconds,
      ClientCredentials: applicationTokenSeconds,
    },
    // Consent is implicit: the pages are the hub's own. Each authorization is granted the one purpose asked, if the account may declare it.
    async loadExistingGrant(ctx) {
      const { client, account, params } = ctx.oidc;
      const staff = staffAccount(account!.accountId);
      if (!staff) return undefined;
      const purpose = purposeFor(params?.scope as string | undefined, await registered(client!.clientId), staff.role);
      const grant = new ctx.oidc.provider.Grant({ clientId: client!.clientId, accountId: staff.id });
      // The purpose scopes are also the provider's own (so that client credentials check them): granted as both.
      grant.addOIDCScope(purposeScope(purpose));
      grant.addResourceScope(hubResource, purposeScope(purpose));
      await grant.save();
      return grant;
    },
    async extraTokenClaims(ctx, token) {
      const client = await registered(token.clientId);
      if (token.kind === 'ClientCredentials') {
        if (client.kind !== 'application') throw new errors.UnauthorizedClient('only partner applications use client credentials');
        // The scope asked for, not the token's: that one holds only the scopes the provider knows, and an unknown purpose must be refused, not dropped.
        const purpose = purposeFor(ctx.oidc.params?.scope as string | undefined, client, client.role);
        return actorClaims(client.id, client.organisationId, client.role, purpose);
      }
      const staff = 'accountId' in token && typeof token.accountId === 'string' ? staffAccount(token.accountId) : null;
      if (!staff) throw new errors.InvalidGrant('the account that signed in is not known');
      return actorClaims(staff.id, staff.organisationId, staff.role, purposeFor(token.scope, client, staff.role));
    },
    // Only the hub's pages, on the hub's origin, call the token endpoint from a browser.
    clientBasedCORS: (_ctx, origin, client) => origin === hubOrigin && client.tokenEndpointAuthMethod === 'none',
    async renderError(ctx, out) {
      render(ctx, hubOrigin, 'Aanmelden mislukt · Sign-in failed', `<h1>Aanmelden mislukt · Sign-in failed</h1>
<p role="alert"><strong>${escape(String(out.error))}</strong>: ${escape(String(out.error_description ?? ''))}</p>`);
    },
  });

  for (const event of ['grant.error', 'authorization.error', 'end_session.error', 'introspection.error', 'revocation.error', 'backchannel.error'] as const) {
    provider.on(event, (ctx: KoaContextWithOIDC, error: errors.OIDCProviderError) => {
      logger.warn({ event, client: clientNamed(ctx), error: error.error, description: error.error_description, detail: error.error_detail }, 'identity provider refused a request');
    });
  }
  provider.on('server_error', (ctx: KoaContextWithOIDC, error: Error) => logger.error({ err: error, client: clientNamed(ctx) }, 'identity provider failed'));
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    logger.info({ client: clientNamed(ctx), grant: ctx.oidc.params?.grant_type }, 'identity provider issued a token');
  });
  return provider;
}
