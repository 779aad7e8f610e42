import { createHash, timingSafeEqual } from 'node:crypto';
import { developmentStaffPassword, StaffAccount, staffAccounts } from '../seed/staff';

const accounts = new Map(staffAccounts.map((account) => [account.id, account]));
const digest = (text: string) => createHash('sha256').update(text).digest();
const passwordDigest = digest(developmentStaffPassword);

export const staffAccount = (id: string): StaffAccount | null => accounts.get(id) ?? null;

/** The account whose name and password these are; null for an unknown name or a wrong password alike. */
export function signedInStaff(id: string, password: string): StaffAccount | null {
  const passwordMatches = timingSafeEqual(digest(password), passwordDigest);
  const account = staffAccount(id);
  return account && passwordMatches ? account : null;
}
