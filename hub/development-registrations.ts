import { partnerApplications } from '../seed/applications';
import { Registration, releaseRegistrations } from './document-registration';

/**
 * What a development hub registers: its own pages (approved by the release) and the synthetic
 * partner applications, whose documents the seed approves for those marked so when it first
 * registers the application; their later versions, and the other applications' documents, wait for the DPO.
 */
export const developmentRegistrations = (): Registration[] => [
  ...releaseRegistrations(),
  ...partnerApplications.map(({ id, name, organisationId, role, purposes, operations, approvedInSeed }) => ({
    application: { id, name, organisationId, role, purposes },
    operations,
    approval: approvedInSeed
      ? { decidedBy: 'seed', note: 'Approved by the development seed (synthetic data only): in a real deployment the DPO decides.', onlyOnFirstRegistration: true }
      : undefined,
  })),
];
