import { reportingViews } from './001-reporting-views';
import { safeHomes } from './002-safe-homes';
import { durations } from './003-durations';
import { materialised } from './004-materialised';
import { snapshots } from './005-snapshots';
import { closureYear } from './006-closure-year';
import { linkedReferrals } from './007-linked-referrals';
import { consultsSnapshot } from './008-consults-snapshot';

export const migrations = [reportingViews, safeHomes, durations, materialised, snapshots, closureYear, linkedReferrals, consultsSnapshot];
