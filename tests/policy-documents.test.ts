import { readFileSync } from 'node:fs';
import { buildASTSchema, getNamedType, isObjectType, parse } from 'graphql';
import { attributesOf, classification, DataCategory, recordLinks } from '../policy';
import { policyMatrixMarkdown } from '../policy/matrix';
import { policyDocPath } from '../scripts/policy-doc-path';
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

  it('docs/POLICY.md is generated from the current policy (run `npm run policy:matrix` when this fails)', () => {
    expect(readFileSync(policyDocPath, 'utf8')).toBe(policyMatrixMarkdown());
  });
});
