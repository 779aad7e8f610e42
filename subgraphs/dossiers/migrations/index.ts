import { caseFiles } from './001-case-files';
import { listingIndex } from './002-listing-index';
import { accessFacts } from './003-access-facts';

export const migrations = [caseFiles, listingIndex, accessFacts];
