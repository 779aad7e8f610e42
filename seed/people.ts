import { Random } from './random';

/**
 * Synthetic identities. Family names are built from syllables; national register numbers have the
 * Belgian shape but a deliberately wrong check number, so none can be a real person's; phone
 * numbers use the unassigned 000 prefix and e-mail the reserved example.org domain.
 */
const givenNames = {
  female: ['Noor', 'Lina', 'Fien', 'Lotte', 'Amira', 'Elise', 'Yara', 'Hanne', 'Mila', 'Sara', 'Ines', 'Nora', 'Lore', 'Zoë'],
  male: ['Kobe', 'Mats', 'Arne', 'Wout', 'Youssef', 'Jonas', 'Lars', 'Senne', 'Milan', 'Bram', 'Rayan', 'Stijn', 'Tuur', 'Vic'],
};
const prefixes = ['Van', 'Vande', 'Ver', 'De', 'Van der', 'Ter', ''];
const stems = ['Molk', 'Berq', 'Steyx', 'Hovel', 'Lindr', 'Daelq', 'Meersk', 'Boxt', 'Wynck', 'Raept', 'Gheelx', 'Ploev'];
const endings = ['e', 'en', 'ens', 'aert', 'ier', 'oot', 'ynck', ''];

export type Sex = 'female' | 'male';

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  nationalNumber: string;
  phone: string | null;
  email: string | null;
  street: string;
  postalCode: string;
  municipality: string;
  addressProtected: boolean;
}

export interface Home {
  street: string;
  postalCode: string;
  municipality: string;
}

export class SyntheticPeople {
  private readonly sequenceByBirthDate = new Map<string, number>();

  constructor(private readonly random: Random) {}

  familyName(): string {
    return [this.random.pick(prefixes), `${this.random.pick(stems)}${this.random.pick(endings)}`].filter(Boolean).join(' ');
  }

  home(postalCode: string, municipality: string): Home {
    return { street: `Synthetische straat ${this.random.int(1, 250)}`, postalCode, municipality };
  }

  person(sex: Sex, family: string, birthDate: string, home: Home, adult: boolean, addressProtected = false): PersonRow {
    const given = this.random.pick(givenNames[sex]);
    return {
      id: this.random.uuid(),
      givenName: given,
      familyName: family,
      birthDate,
      nationalNumber: this.nationalNumber(birthDate, sex),
      phone: adult ? `+32 000 ${this.random.int(10, 99)} ${this.random.int(10, 99)} ${this.random.int(10, 99)}` : null,
      email: adult ? `${`${given}.${family}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '')}${this.random.int(1, 99)}@example.org` : null,
      ...home,
      addressProtected,
    };
  }

  /** A national-number-shaped identifier that can never pass the official mod-97 check. */
  private nationalNumber(birthDate: string, sex: Sex): string {
    const [year, month, day] = birthDate.split('-');
    const used = this.sequenceByBirthDate.get(birthDate) ?? 0;
    this.sequenceByBirthDate.set(birthDate, used + 1);
    const sequence = used * 2 + (sex === 'male' ? 1 : 2); // odd for men, even for women, as in the real scheme
    if (sequence > 997) throw new Error(`too many synthetic persons born on ${birthDate}`);
    const base = `${year.slice(2)}${month}${day}${String(sequence).padStart(3, '0')}`;
    const valid = 97 - (Number(`${Number(year) >= 2000 ? '2' : ''}${base}`) % 97);
    const check = (valid % 97) + 1;
    return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6, 9)}.${String(check).padStart(2, '0')}`;
  }
}
