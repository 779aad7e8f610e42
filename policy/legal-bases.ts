/**
 * The legal bases the hub discloses under, as data: a DPO can refine a citation or its text here
 * without touching code. Rules refer to them by id.
 */
export interface LegalBasis {
  id: string;
  citation: string;
  text: string;
}

export const legalBases = [
  {
    id: 'sw-458ter',
    citation: 'Art. 458ter Strafwetboek',
    text: 'Professional secrets may be shared in a case consultation organised by or under a law or decree, only to protect the physical or psychological integrity of a person; participants are bound to secrecy.',
  },
  {
    id: 'vh-decree-art2-4',
    citation: 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, art. 2, 4°',
    text: 'Casusoverleg: a case-by-case multilateral exchange of information between the Safe Home and its partners, under art. 458ter Sw.',
  },
  {
    id: 'vh-decree-art2-5',
    citation: 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, art. 2, 5°',
    text: 'Cliëntsysteem: the persons of a family whose situation the Safe Home follows up.',
  },
  {
    id: 'vh-decree-art2-8',
    citation: 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, art. 2, 8°',
    text: 'Core partners: the organisations that work with the Safe Home of their region.',
  },
  {
    id: 'vh-decree-case-consultation',
    citation: 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, provisions on the case consultation',
    text: 'The Safe Home organises the case consultation; information is shared with its participants for the purposes of that consultation only.',
  },
  {
    id: 'vh-decree-personal-data',
    citation: 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, provisions on the processing of personal data',
    text: 'The Safe Home processes the personal data of the client system needed for its tasks: intake, weighing, case management and follow-up.',
  },
  {
    id: 'gdpr-6-1-e',
    citation: 'GDPR art. 6(1)(e)',
    text: 'Processing necessary for a task carried out in the public interest or in the exercise of official authority.',
  },
  {
    id: 'gdpr-9-2-g',
    citation: 'GDPR art. 9(2)(g)',
    text: 'Special categories of data (health) processed for reasons of substantial public interest, on the basis of law, with suitable safeguards.',
  },
  {
    id: 'gdpr-10',
    citation: 'GDPR art. 10',
    text: 'Data on criminal convictions and offences only under the control of official authority or when authorised by law.',
  },
  {
    id: 'gdpr-15',
    citation: 'GDPR art. 15',
    text: 'The data subject’s right of access.',
  },
  {
    id: 'gdpr-30',
    citation: 'GDPR art. 30',
    text: 'Records of processing activities.',
  },
  {
    id: 'gdpr-37-3',
    citation: 'GDPR art. 37(3)',
    text: 'Where the controllers are public authorities or bodies, a single data protection officer may be designated for several of them, taking account of their organisational structure and size.',
  },
  {
    id: 'gdpr-39',
    citation: 'GDPR art. 39',
    text: 'The data protection officer monitors compliance with the regulation and the policies of the controller, including the assignment of responsibilities and audits.',
  },
  {
    id: 'gdpr-25',
    citation: 'GDPR art. 25',
    text: 'Data protection by design and by default: only the personal data necessary for each specific purpose are processed.',
  },
  {
    id: 'egov-decree-art8',
    citation: 'Decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer, art. 8',
    text: 'An electronic communication of personal data between authorities is laid down beforehand in a protocol, on the advice of their data protection officers.',
  },
  {
    id: 'gdpr-89',
    citation: 'GDPR art. 89',
    text: 'Processing for statistical purposes, with safeguards such as aggregation and suppression of small cells.',
  },
] as const satisfies readonly LegalBasis[];

export type LegalBasisId = (typeof legalBases)[number]['id'];

export function legalBasis(id: LegalBasisId): LegalBasis {
  return legalBases.find((basis) => basis.id === id)!;
}
