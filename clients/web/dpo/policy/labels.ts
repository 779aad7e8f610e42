import { type Labels, translator } from '../../common/language';

/** The policy browser's own words; the policy's names (roles, purposes, categories, rules, conditions) come with its data. */
const labels = {
  policyTitle: { nl: 'Beleid', en: 'Policy' },
  policyIntro: {
    nl: 'Wat elke rol mag lezen en schrijven, per doel en per categorie, onder welke regel, wanneer, en op welke rechtsgrond. Wat hier niet staat, wordt geweigerd; een weigerregel gaat boven elke toestemming.',
    en: 'What each role may read and write, by purpose and category, under which rule, when, and on which legal basis. Anything not here is refused; a deny rule wins over every allow.',
  },
  role: { nl: 'Rol', en: 'Role' },
  purpose: { nl: 'Doel', en: 'Purpose' },
  heldIn: { nl: 'Gehouden in: {types}.', en: 'Held in: {types}.' },
  categoryCount: { nl: '{count} categorieën', en: '{count} categories' },
  may: { nl: 'Mag', en: 'May' },
  inEmergency: { nl: 'alleen bij een verklaarde noodsituatie (break-glass)', en: 'only in a declared emergency (break-glass)' },
  onlyFor: { nl: 'alleen voor {types}', en: 'only for {types}' },
  never: { nl: 'Nooit', en: 'Never' },
  when: { nl: 'wanneer', en: 'when' },
  always: { nl: 'altijd', en: 'always' },
  and: { nl: ' en ', en: ' and ' },
  legalBases: { nl: 'De rechtsgronden hierboven', en: 'The legal bases above' },
  legalBasis: { nl: 'Rechtsgrond', en: 'Legal basis' },
  meaning: { nl: 'Wat de regel betekent', en: 'What the rule means' },
  fields: { nl: '{count} velden', en: '{count} fields' },
  sharedAs: { nl: 'als gedeeld als deze categorie:', en: 'when shared as this category:' },
} satisfies Labels<string>;

export type PolicyLabel = keyof typeof labels;
export const translatePolicy = translator<PolicyLabel>(labels);
export type PolicyT = ReturnType<typeof translatePolicy>;
