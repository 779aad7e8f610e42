import { disclosureLog } from './001-disclosure-log';
import { breakGlassReviews } from './002-break-glass-reviews';
import { logRetention } from './003-log-retention';
import { changeLines } from './004-change-lines';
import { signedBatchRoots } from './005-signed-batch-roots';
import { trustedDocuments } from './006-trusted-documents';

export const migrations = [disclosureLog, breakGlassReviews, logRetention, changeLines, signedBatchRoots, trustedDocuments];
