import { addDays } from '../../seed/random';

/**
 * Synthetic identities for generated worlds, of the seed's shapes: syllable names, phone numbers
 * in the unassigned +32 000 range, example.org e-mail, and national numbers of the Belgian shape
 * whose check number is deliberately wrong (see seed/people.ts), so none can be a real person's.
 */
const givenNames = ['Noor', 'Lina', 'Fien', 'Amira', 'Yara', 'Kobe', 'Mats', 'Wout', 'Youssef', 'Senne', 'Rayan', 'Tuur'];
const familyNames = ['Vande Molkaert', 'Ter Boxtens', 'Van Steyxier', 'De Hovelen', 'Ver Lindroot', 'Daelqynck', 'Van der Meersk', 'Ploevaert'];

/** A national-number-shaped identifier that can never pass the official mod-97 check. */
export function invalidNationalNumber(birthDate: string, serial: number): string {
  const [year, month, day] = birthDate.split('-');
  const base = `${year.slice(2)}${month}${day}${String(serial).padStart(3, '0')}`;
  const valid = 97 - (Number(`${Number(year) >= 2000 ? '2' : ''}${base}`) % 97);
  const check = (valid % 97) + 1;
  return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6, 9)}.${String(check).padStart(2, '0')}`;
}

export interface IdentitySpec {
  female: boolean;
  bornDaysAfter1960: number;
  phone: boolean;
  email: boolean;
  address: 'none' | 'partial' | 'full';
  addressProtected: boolean;
  nationalNumber: boolean;
}

/** The identity of the index-th person of a world; serials from 900 keep the numbers apart from the seed's. */
export function syntheticIdentity(index: number, spec: IdentitySpec, today: string) {
  const birthDate = [addDays('1960-01-01', spec.bornDaysAfter1960), today].sort()[0];
  const givenName = givenNames[(index * 2 + (spec.female ? 0 : 1)) % givenNames.length];
  const familyName = familyNames[index % familyNames.length];
  return {
    givenName,
    familyName,
    birthDate,
    nationalNumber: spec.nationalNumber ? invalidNationalNumber(birthDate, 900 + index) : null,
    phone: spec.phone ? `+32 000 ${String(10 + index).slice(-2)} 00 ${String(10 + (spec.bornDaysAfter1960 % 90)).padStart(2, '0')}` : null,
    email: spec.email ? `${givenName}.${index}@example.org`.toLowerCase() : null,
    street: spec.address === 'none' ? null : `Synthetische straat ${index + 1}`,
    postalCode: spec.address === 'full' ? '3500' : null,
    municipality: spec.address === 'full' ? 'Hasselt' : null,
    addressProtected: spec.addressProtected,
  };
}
