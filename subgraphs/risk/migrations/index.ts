import { risk } from './001-risk';
import { escalation } from './002-escalation';
import { escalationWithinDossier } from './003-escalation-within-dossier';

export const migrations = [risk, escalation, escalationWithinDossier];
