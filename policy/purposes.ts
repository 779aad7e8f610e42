import { Role } from './roles';

/** The purposes an actor can declare for a request; every disclosure is made for one of them. */
export enum Purpose {
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  CASE_CONSULTATION = 'CASE_CONSULTATION',
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  REFERRAL = 'REFERRAL',
  STATISTICS = 'STATISTICS',
  AUDIT = 'AUDIT',
}

/** Which purposes a role may declare; a token declaring another is refused at authentication. */
export const purposesByRole: Record<Role, readonly Purpose[]> = {
  [Role.SAFE_HOME_COORDINATOR]: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT, Purpose.REFERRAL, Purpose.STATISTICS],
  [Role.CASE_MANAGER]: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT, Purpose.REFERRAL],
  [Role.PSYCHOLOGIST]: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT],
  [Role.CHILD_PSYCHOLOGIST]: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT],
  [Role.LIAISON_OFFICER]: [Purpose.CASE_MANAGEMENT, Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
  [Role.POLICE_LIAISON]: [Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT, Purpose.REFERRAL],
  [Role.PROSECUTOR]: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
  [Role.JUSTICE_ASSISTANT]: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
  [Role.SOCIAL_WORKER]: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
  [Role.CLINICIAN]: [Purpose.CASE_CONSULTATION, Purpose.RISK_ASSESSMENT, Purpose.REFERRAL],
  [Role.CHILD_WELFARE_WORKER]: [Purpose.CASE_CONSULTATION, Purpose.REFERRAL],
  [Role.STATISTICIAN]: [Purpose.STATISTICS],
  [Role.DPO]: [Purpose.AUDIT],
  [Role.CENTRAL_DPO]: [Purpose.AUDIT],
};
