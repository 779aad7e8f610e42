import { reportingViews } from './001-reporting-views';

export const migrations = [reportingViews];
