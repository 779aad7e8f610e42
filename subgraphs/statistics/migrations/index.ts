import { reportingViews } from './001-reporting-views';
import { safeHomes } from './002-safe-homes';

export const migrations = [reportingViews, safeHomes];
