import { disclosureLog } from './001-disclosure-log';

export const migrations = [disclosureLog];
