import { disclosureLog } from './001-disclosure-log';
import { breakGlassReviews } from './002-break-glass-reviews';

export const migrations = [disclosureLog, breakGlassReviews];
