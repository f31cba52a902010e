/** Where a job stands, judged from its state alone. */
export type JobStateKind = 'success' | 'failure' | 'pending';

/**
 * Classifies a job state without regard to case or surrounding spaces. The API sends states in
 * any letter case, and '' for some finished jobs (api-contract §6).
 */
export function classifyJobState(state: string): JobStateKind {
  switch (state.trim().toUpperCase()) {
    case 'COMPLETED':
    case 'SUCCESS':
    case '':
      return 'success';
    case 'FAILED':
    case 'CANCELLED':
      return 'failure';
    default:
      return 'pending';
  }
}
