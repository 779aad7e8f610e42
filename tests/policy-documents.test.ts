import { readFileSync } from 'node:fs';
import { buildASTSchema, getNamedType, isObjectType, parse } from 'graphql';
import { attributesOf, categoryLabels, classification, conditionLabels, DataCategory, policyLanguages, recordLinks, ruleDescriptionsNl, ruleTitles, rules } from '../policy';
import { policyMarkdown } from '../policy/matrix';
import { policyOverview, policyOverviewJson } from '../policy/overview';
import { policyBrowserDataPath, policyDocPaths } from '../scripts/policy-doc-path';
import { apiSchemaPath } from '../schema/files';

describe('the policy as documents', () => {
  it('classifies every field of every output type of the composed supergraph, and nothing else', () => {
    const schema = buildASTSchema(parse(readFileSync(apiSchemaPath, 'utf8')));
    const unclassified: string[] = [];
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        fields.add(`${type.name}.${field}`);
        if (classification[type.name]?.[field] === undefined) unclassified.push(`${type.name}.${field}`);
      }
    }
    expect(unclassified).toEqual([]);
    const stale = Object.entries(classification).flatMap(([typeName, byField]) => Object.keys(byField).map((field) => `${typeName}.${field}`)).filter((coordinate) => !fields.has(coordinate));
    expect(stale).toEqual([]);
    const categories = Object.values(classification).flatMap((byField) => Object.values(byField));
    expect(categories.every((category) => typeof category === 'object' || Object.values(DataCategory).includes(category))).toBe(true);
  });

  it('checks a condition a record cannot answer only through fields that lead to records that can', () => {
    const schema = buildASTSchema(parse(readFileSync(apiSchemaPath, 'utf8')));
    for (const [typeName, byField] of Object.entries(recordLinks)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the API`);
      for (const [field, target] of Object.entries(byField)) {
        expect(getNamedType(type.getFields()[field]?.type)?.name).toBe(target);
        expect(attributesOf(target).some((attribute) => !attributesOf(typeName).includes(attribute))).toBe(true);
      }
    }
  });

  it.each(policyLanguages)('docs/POLICY*.md in %s is generated from the current policy (run `npm run policy:matrix` when this fails)', (language) => {
    expect(readFileSync(policyDocPaths[language], 'utf8')).toBe(policyMarkdown(language));
  });

  it("the DPO's policy browser bundles the current policy (run `npm run policy:matrix` when this fails)", () => {
    expect(readFileSync(policyBrowserDataPath, 'utf8')).toBe(policyOverviewJson());
  });

  it('names and describes every rule in both languages', () => {
    expect(Object.keys(ruleTitles).sort()).toEqual(rules.map((rule) => rule.id).sort());
    expect(Object.keys(ruleDescriptionsNl).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  describe.each(policyLanguages)('docs/POLICY*.md in %s, grouped for a DPO to read in one sitting', (language) => {
    const text = () => policyMarkdown(language);
    const sections = () => text().split(/^## /m).slice(1);
    const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

    it('is a fraction of the 153 KB, 486-line table it replaces', () => {
      expect(Buffer.byteLength(text())).toBeLessThan(60_000);
      expect(text().split('\n').filter((line) => line.startsWith('| ')).length).toBeLessThan(200);
    });

    it('describes each rule once, under its own heading, with its conditions and legal basis; the tables by role only name it', () => {
      const [roles, described] = sections();
      for (const rule of rules) {
        expect([rule.id, occurrences(text(), `\n### ${rule.id}\n`)]).toEqual([rule.id, 1]);
        expect([rule.id, occurrences(text(), ruleTitles[rule.id][language])]).toEqual([rule.id, 1]);
        const own = described.split(`### ${rule.id}\n`)[1].split('\n### ')[0];
        for (const condition of rule.conditions) expect(own).toContain(conditionLabels[condition][language]);
        for (const basis of rule.legalBasis) expect(own).toContain(`(#basis-${basis})`);
      }
      // No condition's words in the tables by role and purpose.
      for (const condition of Object.values(conditionLabels)) expect(roles).not.toContain(condition[language]);
    });

    it('cites each legal basis once, in the legend; the rules refer to it by id', () => {
      const [roles, described, , legend] = sections();
      for (const { id, citation } of policyOverview().legalBases) {
        expect([id, occurrences(legend, citation[language])]).toEqual([id, 1]);
        expect([id, occurrences(roles + described, citation[language])]).toEqual([id, 0]);
      }
    });

    it("shows a deny rule where it bites, and only there: a justice assistant's contact details and location", () => {
      const justice = sections()[0].split('\n### ').find((part) => part.includes('(`JUSTICE_ASSISTANT`)'))!;
      const denied = (rule: string) => justice.split('\n').filter((line) => line.includes(`\`${rule}\``)).map((line) => line.split(' | ')[0].slice(2));
      const [contact, location] = [DataCategory.CONTACT, DataCategory.LOCATION].map((category) => categoryLabels[category].name[language]);
      // For a case consultation; for a referral the role reads neither, so nothing is denied there.
      expect(denied('victim-location-never-to-justice-house')).toEqual([contact, location]);
      expect(denied('protected-address-stays-with-safe-home-team')).toEqual([location]);
    });
  });
});
