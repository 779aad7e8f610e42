import { caseFiles } from './001-case-files';
import { listingIndex } from './002-listing-index';

export const migrations = [caseFiles, listingIndex];
