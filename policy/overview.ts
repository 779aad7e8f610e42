import type { Action } from './actions';
import { DataCategory } from './categories';
import { classification } from './classification';
import {
  actionLabels, type Bilingual, categoryLabels, conditionLabels, legalBasisCitationsNl, legalBasisTextsNl, organisationTypeLabels, purposeLabels, roleLabels, ruleDescriptionsNl, ruleTitles,
} from './labels';
import { legalBases } from './legal-bases';
import type { OrganisationType } from './organisation-types';
import { Purpose, purposesByRole } from './purposes';
import { Role, roleOrganisationTypes } from './roles';
import { type Rule, rules } from './rules';

/** A rule at work for a role: `onlyFor` names the role's organisation types it applies to when not all. */
export interface RuleUse {
  rule: string;
  actions: Action[];
  onlyFor?: OrganisationType[];
}

/** What a role may do with one category for a purpose: the allow rules that grant it and the deny rules that bite on it. */
export interface CategoryGrant {
  category: DataCategory;
  allows: RuleUse[];
  denies: RuleUse[];
}

/** One or more purposes of a role with the same grants (merged, so the same list is not written twice). */
export interface PurposeGrants {
  purposes: Purpose[];
  categories: CategoryGrant[];
}

export interface RoleGrants {
  role: Role;
  organisationTypes: OrganisationType[];
  purposes: PurposeGrants[];
}

export interface RuleSummary {
  id: string;
  title: Bilingual;
  /** What the rule means, at length. */
  description: Bilingual;
  effect: Rule['effect'];
  breakGlass: boolean;
  organisationTypes: OrganisationType[];
  /** Omitted: every role of those organisation types. */
  roles?: Role[];
  purposes: Purpose[];
  actions: Action[];
  categories: DataCategory[];
  conditions: Bilingual[];
  legalBasis: string[];
}

export interface CategorySummary {
  category: DataCategory;
  name: Bilingual;
  meaning: Bilingual;
  /** Schema coordinates of the fields in this category. */
  fields: string[];
  /** Fields whose category is the one their record was shared as, when shared as this one. */
  sharedAsFields: string[];
}

/** The policy grouped for reading: by role and purpose, then category, each rule named once; the same for docs/POLICY*.md and the DPO's policy browser. */
export interface PolicyOverview {
  roles: RoleGrants[];
  rules: RuleSummary[];
  categories: CategorySummary[];
  legalBases: { id: string; citation: Bilingual; text: Bilingual }[];
  labels: {
    roles: Record<Role, Bilingual>;
    purposes: Record<Purpose, Bilingual>;
    organisationTypes: Record<OrganisationType, Bilingual>;
    actions: Record<Action, Bilingual>;
  };
}

const uses = (role: Role, purpose: Purpose, category: DataCategory, effect: Rule['effect']): RuleUse[] => {
  const held = roleOrganisationTypes[role];
  return rules
    .filter((rule) => rule.effect === effect && (!rule.roles || rule.roles.includes(role)) && rule.purposes.includes(purpose) && rule.categories.includes(category))
    .map((rule) => ({ rule, onlyFor: held.filter((type) => rule.organisationTypes.includes(type)) }))
    .filter(({ onlyFor }) => onlyFor.length > 0)
    .map(({ rule, onlyFor }) => ({ rule: rule.id, actions: [...rule.actions], ...(onlyFor.length < held.length ? { onlyFor } : {}) }));
};

function grantsFor(role: Role, purpose: Purpose): CategoryGrant[] {
  return Object.values(DataCategory).flatMap((category) => {
    const allows = uses(role, purpose, category, 'allow');
    return allows.length ? [{ category, allows, denies: uses(role, purpose, category, 'deny') }] : [];
  });
}

function purposeGrants(role: Role): PurposeGrants[] {
  const merged: PurposeGrants[] = [];
  for (const purpose of purposesByRole[role]) {
    const categories = grantsFor(role, purpose);
    const same = merged.find((group) => JSON.stringify(group.categories) === JSON.stringify(categories));
    if (same) same.purposes.push(purpose);
    else merged.push({ purposes: [purpose], categories });
  }
  return merged;
}

const fieldsWhere = (test: (category: (typeof classification)[string][string]) => boolean) =>
  Object.entries(classification).flatMap(([typeName, fields]) => Object.entries(fields).filter(([, category]) => test(category)).map(([field]) => `${typeName}.${field}`));

export function policyOverview(): PolicyOverview {
  return {
    roles: Object.values(Role).map((role) => ({ role, organisationTypes: [...roleOrganisationTypes[role]], purposes: purposeGrants(role) })),
    rules: rules.map((rule) => ({
      id: rule.id,
      title: ruleTitles[rule.id],
      description: { nl: ruleDescriptionsNl[rule.id], en: rule.description },
      effect: rule.effect,
      breakGlass: rule.breakGlass ?? false,
      organisationTypes: [...rule.organisationTypes],
      ...(rule.roles ? { roles: [...rule.roles] } : {}),
      purposes: [...rule.purposes],
      actions: [...rule.actions],
      categories: [...rule.categories],
      conditions: rule.conditions.map((name) => conditionLabels[name]),
      legalBasis: [...rule.legalBasis],
    })),
    categories: Object.values(DataCategory).map((category) => ({
      category,
      ...categoryLabels[category],
      fields: fieldsWhere((c) => c === category),
      sharedAsFields: fieldsWhere((c) => typeof c === 'object' && c.among.includes(category)),
    })),
    legalBases: legalBases.map((basis) => ({ id: basis.id, citation: { nl: legalBasisCitationsNl[basis.id] ?? basis.citation, en: basis.citation }, text: { nl: legalBasisTextsNl[basis.id], en: basis.text } })),
    labels: { roles: roleLabels, purposes: purposeLabels, organisationTypes: organisationTypeLabels, actions: actionLabels },
  };
}

/** The overview as the DPO's policy browser bundles it. */
export const policyOverviewJson = () => `${JSON.stringify(policyOverview())}\n`;
