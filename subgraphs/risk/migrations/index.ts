import { risk } from './001-risk';
import { escalation } from './002-escalation';

export const migrations = [risk, escalation];
