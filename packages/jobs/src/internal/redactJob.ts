import { type Client, redactSecrets } from '@imednet/core';
import type { JobStatus } from '../JobStatus.ts';

/**
 * Copies of a job status and of the states seen, with the client's keys masked in every string:
 * they go into an error, and a hostile or broken server may echo the keys in a 200 answer.
 * Only called when an error is built, never on each poll.
 */
export function redactJob(
  client: Client,
  job: JobStatus,
  states: readonly string[],
): { job: JobStatus; states: string[] } {
  const copy: Record<string, unknown> = { ...job };
  for (const key in copy) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = redactSecrets(client, value);
  }
  if (job.reasons) copy.reasons = job.reasons.map((r) => redactSecrets(client, r));
  return { job: copy as unknown as JobStatus, states: states.map((s) => redactSecrets(client, s)) };
}
