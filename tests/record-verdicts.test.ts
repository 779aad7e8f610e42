import { RecordAttributes } from '../policy';
import { attributeSetsKey } from '../subgraphs/common/attribute-sets-key';
import { RecordVerdicts, Verdict } from '../subgraphs/common/record-verdicts';

const dossier: RecordAttributes = { safeHomeId: 'limburg', participantIds: ['limburg-caw', 'limburg-police'], dossierStatus: 'ACTIVE' };

describe("the key of a record's attribute sets", () => {
  it('is the same for sets no rule can tell apart', () => {
    expect(attributeSetsKey([dossier])).toBe(attributeSetsKey([{ ...dossier, participantIds: [...dossier.participantIds!] }]));
  });

  it('tells apart whatever a rule condition could', () => {
    const variants: RecordAttributes[][] = [
      [dossier],
      [dossier, dossier],
      [{ ...dossier, dossierStatus: 'CLOSED' }],
      [{ ...dossier, dossierStatus: undefined }],
      [{ safeHomeId: dossier.safeHomeId, participantIds: dossier.participantIds }],
      [{ ...dossier, participantIds: ['limburg-caw'] }],
      [{ ...dossier, participantIds: ['limburg-caw', 'limburg-police', ''] }],
      [{ ...dossier, participantIds: ['limburg-caw,limburg-police'] }],
      [{ ...dossier, participantIds: [] }],
      [{ ...dossier, participantIds: undefined }],
      [{ ...dossier, addressProtected: true }],
      [{ ...dossier, addressProtected: false }],
      [{ ...dossier, personRole: null as unknown as string }],
      [{ ...dossier, personRole: 'null' }],
      [{ ...dossier, personRole: '' }],
      [{ ...dossier, category: 'HEALTH' }],
      [{ ...dossier, regionIds: ['limburg'] }],
      [{ ...dossier, regionIds: 'limburg' as unknown as string[] }],
      [{ ...dossier, ownerOrganisationId: 'limburg-caw' }, { ...dossier }],
      [{ ...dossier }, { ...dossier, ownerOrganisationId: 'limburg-caw' }],
    ];
    const keys = variants.map(attributeSetsKey);
    expect(new Set(keys).size).toBe(variants.length);
  });

  it('is not given for values attributes never hold (those records are not compared)', () => {
    expect(attributeSetsKey([{ ...dossier, dossierStatus: 3 as unknown as string }])).toBeUndefined();
    expect(attributeSetsKey([{ ...dossier, participantIds: [null as unknown as string] }])).toBeUndefined();
    expect(attributeSetsKey([{ ...dossier, participantIds: new Array<string>(1) }])).toBeUndefined();
  });
});

describe("a request's verdicts", () => {
  const counting = () => {
    const taken: string[] = [];
    const decide = () => (field: string): Verdict => {
      taken.push(field);
      return { allowed: true, rule: 'reference-data' };
    };
    return { taken, decide };
  };

  it('are taken once per field for records whose sets no rule can tell apart, and apart per type', () => {
    const verdicts = new RecordVerdicts();
    const { taken, decide } = counting();
    verdicts.of('Dossier', [dossier], decide)('code');
    verdicts.of('Dossier', [{ ...dossier }], decide)('code');
    verdicts.of('Dossier', [{ ...dossier }], decide)('track');
    verdicts.of('SituationDescription', [dossier], decide)('code');
    verdicts.of('Dossier', [{ ...dossier, dossierStatus: 'CLOSED' }], decide)('code');
    expect(taken).toEqual(['code', 'track', 'code', 'code']);
  });

  it('are taken per record when its sets hold values attributes never hold', () => {
    const verdicts = new RecordVerdicts();
    const { taken, decide } = counting();
    const odd = (): RecordAttributes[] => [{ ...dossier, dossierStatus: 3 as unknown as string }];
    const sets = odd();
    verdicts.of('Dossier', sets, decide)('code');
    verdicts.of('Dossier', sets, decide)('code');
    verdicts.of('Dossier', odd(), decide)('code');
    expect(taken).toEqual(['code', 'code']);
  });
});
