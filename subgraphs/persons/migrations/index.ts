import { persons } from './001-persons';
import { personRoles } from './002-person-roles';
import { personRolesAddressProtection } from './003-person-roles-address-protection';
import { regionalRecords } from './004-regional-records';

export const migrations = [persons, personRoles, personRolesAddressProtection, regionalRecords];
