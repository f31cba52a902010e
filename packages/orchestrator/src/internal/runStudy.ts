import type { Client } from '@imednet/core';
import { linkSignal, raceAbort } from '@imednet/core';
import { OrchestratorError } from '../errors/OrchestratorError.ts';
import type { Logger } from '../Logger.ts';
import type { Pipeline, StudyResult } from '../types.ts';
import { describeReason } from './describeReason.ts';

/** What one study run needs from the pipeline run around it. */
export interface StudyRun<T> {
  client: Client;
  pipeline: Pipeline<T>;
  logger: Logger;
  /** The whole run's signal: the caller's abort and `failFast`. */
  signal: AbortSignal;
  studyTimeout: number | undefined;
  onStart(): void;
}

/**
 * Runs the pipeline for one study and turns every ending into a result: it never rejects.
 * The study gets its own signal, which aborts on its timeout or when the run's does; the
 * result is decided at that moment even if the pipeline ignores the signal, which frees the slot.
 */
export async function runStudy<T>(studyKey: string, run: StudyRun<T>): Promise<StudyResult<T>> {
  if (run.signal.aborted) {
    return {
      outcome: 'CANCELLED',
      data: null,
      ...describeReason(run.client, run.signal.reason, studyKey),
      durationSeconds: 0,
    };
  }
  run.onStart();
  const started = Date.now();
  const seconds = (): number => (Date.now() - started) / 1000;
  const study = linkSignal(run.signal);
  let timedOut = false;
  const timer =
    run.studyTimeout === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          study.controller.abort(
            new OrchestratorError({
              message: `Study ${studyKey} timed out after ${run.studyTimeout} ms`,
              reason: 'STUDY_TIMEOUT',
              studyKey,
            }),
          );
        }, run.studyTimeout);
  run.logger.debug('study started');
  try {
    const work = Promise.resolve().then(() =>
      run.pipeline(studyKey, run.client, { logger: run.logger, signal: study.signal }),
    );
    const data = await raceAbort(work, study.signal);
    const durationSeconds = seconds();
    run.logger.info('study succeeded', { durationSeconds });
    return { outcome: 'SUCCESS', data, error: null, message: null, durationSeconds };
  } catch (thrown) {
    const durationSeconds = seconds();
    // The study's own timeout wins over whatever the pipeline threw when it saw the abort.
    const cause = timedOut ? study.signal.reason : thrown;
    const failure = describeReason(run.client, cause, studyKey);
    const outcome = !timedOut && run.signal.aborted ? 'CANCELLED' : 'FAILED';
    // Logs get the masked text only: a logger may serialise every field of an error object.
    run.logger[outcome === 'FAILED' ? 'error' : 'warn'](`study ${outcome.toLowerCase()}`, {
      error: failure.message,
      durationSeconds,
    });
    return { outcome, data: null, ...failure, durationSeconds };
  } finally {
    clearTimeout(timer);
    study.dispose();
  }
}
