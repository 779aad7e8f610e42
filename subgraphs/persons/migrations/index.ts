import { persons } from './001-persons';

export const migrations = [persons];
