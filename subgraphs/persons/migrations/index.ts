import { persons } from './001-persons';
import { personRoles } from './002-person-roles';

export const migrations = [persons, personRoles];
