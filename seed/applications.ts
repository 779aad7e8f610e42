import { Purpose, Role } from '../policy';

/**
 * The partner applications registered with the hub (synthetic). Each is an OAuth client of the
 * identity provider, bound to one organisation and one role, declaring only the purposes listed,
 * and running only its registered operations (the published ones in clients/operations, by name);
 * each operation becomes a trusted document the DPO approves or rejects.
 */
export interface PartnerApplication {
  /** The OAuth client id, also the token's client_id and the actor's subject. */
  id: string;
  name: string;
  organisationId: string;
  role: Role;
  purposes: Purpose[];
  /** Operation names from clients/operations/*.graphql. */
  operations: string[];
  /** Whether the seed approves its documents (a development convenience); the others wait for the DPO. */
  approvedInSeed: boolean;
}

export const partnerApplications: PartnerApplication[] = [
  {
    id: 'limburg-police-app',
    name: 'Politiezone Limburg — casusoverleg',
    organisationId: 'limburg-police',
    role: Role.POLICE_LIAISON,
    purposes: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
    operations: ['OpenDossiersWithRisk', 'CaseFile', 'ReferFamily', 'ShareInformation'],
    approvedInSeed: true,
  },
  {
    id: 'limburg-safe-home-casework',
    name: 'Veilig Huis Limburg — dossierbeheer',
    organisationId: 'limburg-safe-home',
    role: Role.CASE_MANAGER,
    purposes: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT, Purpose.REFERRAL],
    operations: [
      'DossierPage', 'CaseFile', 'DossierWithPersonsAndRisk', 'StartIntake', 'WeighDossier', 'RiskInstruments', 'AssessRisk',
      'ScheduleCaseConsultation', 'RecordCaseConsultation', 'PlanAction', 'OverdueActions', 'CloseDossier', 'ReferralMatches',
      'LinkReferral', 'RecordAnonymousConsult',
    ],
    approvedInSeed: true,
  },
  {
    id: 'limburg-caw-app',
    name: 'CAW Limburg — hulpverlening',
    organisationId: 'limburg-caw',
    role: Role.SOCIAL_WORKER,
    purposes: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
    operations: ['CaseFile', 'OverdueActions', 'ReportActionProgress', 'ReferFamily'],
    approvedInSeed: true,
  },
  {
    id: 'antwerpen-police-app',
    name: 'Politiezone Antwerpen — casusoverleg',
    organisationId: 'antwerpen-police',
    role: Role.POLICE_LIAISON,
    purposes: [Purpose.CASE_CONSULTATION],
    operations: ['OpenDossiersWithRisk', 'CaseFile'],
    approvedInSeed: false,
  },
];
