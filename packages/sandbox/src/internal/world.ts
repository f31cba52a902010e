import { arrayCollection, type Collection } from './collection.ts';
import type { ListCache } from './query/listItems.ts';
import { createStudyState, type StudyState } from './study/createStudyState.ts';
import { STUDY_FIELDS } from './study/fields.ts';
import { FORMS, type FormTemplate } from './study/templates.ts';

/** Everything one sandbox serves. */
export interface World {
  readonly seed: number;
  readonly studies: readonly StudyState[];
  readonly byKey: ReadonlyMap<string, StudyState>;
  readonly studyList: Collection;
  readonly cache: ListCache;
  readonly jobDurationMs: number;
  readonly now: () => number;
  jobCounter: number;
}

/** Generates the studies of a sandbox. */
export function createWorld(
  seed: number,
  studyCount: number,
  subjectsPerStudy: number,
  recordsPerStudy: number,
  jobDurationMs: number,
  now: () => number,
  forms: readonly FormTemplate[] = FORMS,
): World {
  const studies: StudyState[] = [];
  for (let s = 0; s < studyCount; s++) {
    studies.push(createStudyState(seed, s, subjectsPerStudy, recordsPerStudy, forms));
  }
  const items = studies.map((st) => st.base.study);
  return {
    seed,
    studies,
    byKey: new Map(studies.map((st) => [st.base.key, st])),
    studyList: arrayCollection('studyKey', STUDY_FIELDS, () => items, undefined, 'studyId'),
    cache: new WeakMap(),
    jobDurationMs,
    now,
    jobCounter: 0,
  };
}
