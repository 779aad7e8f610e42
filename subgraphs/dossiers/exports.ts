/**
 * What the dossiers subgraph offers the other subgraphs, on purpose: its state machine, so that
 * an assessment is recorded only in a dossier whose status and track allow it. Nothing else of
 * this subgraph is imported from outside it (dependency-cruiser holds that).
 */
export { requireActivity } from './state-machine';
export { DossierStatus } from './types';
