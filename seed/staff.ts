import { OrganisationType, Role } from '../policy';
import { centralTeam, organisationId, regions } from './regions';

/**
 * The synthetic staff accounts of the development identity provider: in each Safe Home a
 * coordinator, a case manager, a statistician and a data protection officer, and the central team's
 * DPO. They sign in to the hub's pages (authorization code + PKCE) with the one development password.
 */
export interface StaffAccount {
  /** The account name typed at sign-in, also the token's subject, e.g. limburg-statistician. */
  id: string;
  name: string;
  organisationId: string;
  role: Role;
}

/** Synthetic, for development and tests only (README, "Tokens and authentication"). */
export const developmentStaffPassword = 'veilig-huis-ontwikkeling';

const safeHomeStaff: { account: string; title: string; role: Role }[] = [
  { account: 'coordinator', title: 'Coördinator', role: Role.SAFE_HOME_COORDINATOR },
  { account: 'case-manager', title: 'Casemanager', role: Role.CASE_MANAGER },
  { account: 'statistician', title: 'Statisticus', role: Role.STATISTICIAN },
  { account: 'dpo', title: 'Functionaris voor gegevensbescherming', role: Role.DPO },
];

export const staffAccounts: StaffAccount[] = [
  ...regions.flatMap((region) =>
    safeHomeStaff.map(({ account, title, role }) => ({
      id: `${region.id}-${account}`,
      name: `${title}, ${region.name}`,
      organisationId: organisationId(region.id, OrganisationType.SAFE_HOME),
      role,
    })),
  ),
  { id: 'vlaanderen-central-dpo', name: 'Functionaris voor gegevensbescherming, centraal team', organisationId: centralTeam.id, role: Role.CENTRAL_DPO },
];
