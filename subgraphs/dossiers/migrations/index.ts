import { caseFiles } from './001-case-files';

export const migrations = [caseFiles];
