import { OrganisationType, Purpose, purposesByRole, Role, roleOrganisationTypes } from '../policy';
import { FlowRecipient } from './document-flow';
import { PageClient } from './page-clients';

/** The kinds of recipient a partner application's answers go to: its organisation's type and its role, for each purpose it may declare. */
export const applicationRecipients = (organisationType: OrganisationType, role: Role, purposes: readonly Purpose[]): FlowRecipient[] =>
  purposes.map((purpose) => ({ organisationType, role, purpose }));

/** The kinds of recipient of a page of the hub: each staff role (in each type of organisation it is held in) that may declare one of the page's purposes. */
export const pageRecipients = (page: PageClient): FlowRecipient[] =>
  Object.values(Role).flatMap((role) =>
    roleOrganisationTypes[role].flatMap((organisationType) =>
      purposesByRole[role].filter((purpose) => page.purposes.includes(purpose)).map((purpose): FlowRecipient => ({ organisationType, role, purpose })),
    ),
  );
