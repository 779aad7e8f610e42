/** The purposes an actor can declare for a request; every disclosure is made for one of them. */
export enum Purpose {
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  CASE_CONSULTATION = 'CASE_CONSULTATION',
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  REFERRAL = 'REFERRAL',
  STATISTICS = 'STATISTICS',
  AUDIT = 'AUDIT',
}
