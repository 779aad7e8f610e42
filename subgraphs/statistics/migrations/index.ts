import { reportingViews } from './001-reporting-views';
import { safeHomes } from './002-safe-homes';
import { durations } from './003-durations';
import { materialised } from './004-materialised';

export const migrations = [reportingViews, safeHomes, durations, materialised];
