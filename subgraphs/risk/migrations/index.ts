import { risk } from './001-risk';

export const migrations = [risk];
