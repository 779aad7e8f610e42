import { reportingViews } from './001-reporting-views';
import { safeHomes } from './002-safe-homes';
import { durations } from './003-durations';

export const migrations = [reportingViews, safeHomes, durations];
