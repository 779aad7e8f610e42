import { caseFiles } from './001-case-files';
import { listingIndex } from './002-listing-index';
import { accessFacts } from './003-access-facts';
import { retention } from './004-retention';
import { caseWork } from './005-case-work';
import { centralOrganisation } from './006-central-organisation';
import { linkedReferrals } from './007-linked-referrals';
import { organisationTypesForAudit } from './008-organisation-types-for-audit';

export const migrations = [caseFiles, listingIndex, accessFacts, retention, caseWork, centralOrganisation, linkedReferrals, organisationTypesForAudit];
