import { Purpose } from '../policy';

/**
 * The hub's own pages, each a public OAuth client of the identity provider that signs staff in with
 * authorization code + PKCE. Their operations ship with the hub and are registered approved by the
 * hub's release; a page that may send ad-hoc documents (the explorer) does so only where
 * TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS names it.
 */
export interface PageClient {
  /** The OAuth client id, also the token's client_id. */
  id: string;
  /** Where the page is served; its redirect URI is this path on the hub's origin. */
  path: string;
  /** The purposes staff may declare on this page. */
  purposes: Purpose[];
  /** Operation names from clients/operations/*.graphql. */
  operations: string[];
}

export const pageClients: PageClient[] = [
  { id: 'safe-home-dashboard', path: '/dashboard/', purposes: [Purpose.STATISTICS], operations: ['DashboardStatistics'] },
  { id: 'safe-home-dpo', path: '/dpo/', purposes: [Purpose.AUDIT], operations: ['TrustedDocuments', 'DecideTrustedDocument', 'DisclosureLog', 'ChainStatus', 'BreakGlassQueue', 'ReviewBreakGlass', 'SubjectAccess', 'Organisations'] },
  { id: 'safe-home-explorer', path: '/explorer/', purposes: Object.values(Purpose), operations: [] },
];
