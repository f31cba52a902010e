import type { FormTemplate, IntervalTemplate, VariableTemplate } from './templates.ts';

/** A generated API item. */
export type Item = Record<string, unknown>;

/** A form of the study with its ids. */
export interface FormDef {
  readonly template: FormTemplate;
  readonly formId: number;
  readonly item: Item;
  readonly variables: readonly VariableDef[];
}

/** A variable of the study with its form. */
export interface VariableDef {
  readonly template: VariableTemplate;
  readonly variableId: number;
  readonly form: FormTemplate;
  readonly formId: number;
}

/** An interval of the study with its ids. */
export interface IntervalDef {
  readonly template: IntervalTemplate;
  readonly intervalId: number;
  /** Position among the intervals that have visits, or -1. */
  readonly visitIndex: number;
  readonly item: Item;
}

/** The fixed part of a study: everything except records and what derives from them. */
export interface StudyBase {
  readonly index: number;
  readonly seed: number;
  readonly key: string;
  readonly studyId: number;
  readonly study: Item;
  readonly start: number;
  readonly sites: Item[];
  readonly forms: readonly FormDef[];
  readonly formsByKey: ReadonlyMap<string, FormDef>;
  readonly formsById: ReadonlyMap<number, FormDef>;
  readonly variables: readonly VariableDef[];
  readonly variablesByName: ReadonlyMap<string, VariableDef>;
  readonly intervals: readonly IntervalDef[];
  readonly intervalsByName: ReadonlyMap<string, IntervalDef>;
  readonly intervalsById: ReadonlyMap<number, IntervalDef>;
  readonly visitedIntervals: readonly IntervalDef[];
  readonly users: readonly Item[];
  /** Subjects; registrations append to it. */
  readonly subjects: Item[];
  /** Each subject's creation time in ms, beside `subjects` (parsing it per record is slow). */
  readonly subjectCreated: number[];
  readonly subjectsByKey: Map<string, number>;
  readonly baseSubjects: number;
  readonly recordsPerSubject: number;
  readonly baseRecords: number;
  /** Next subject number per site id, for registrations. */
  readonly nextSubjectNumber: Map<number, number>;
}

/** Id ranges, so that ids are unique across studies and computable from an index. */
export const IDS = {
  site: (s: number) => (s + 1) * 100,
  form: (s: number) => (s + 1) * 1000,
  interval: (s: number) => (s + 1) * 1000 + 500,
  variable: (s: number) => (s + 1) * 10_000,
  subject: (s: number) => (s + 1) * 1_000_000,
  visit: (s: number) => (s + 1) * 10_000_000,
  record: (s: number) => (s + 1) * 100_000_000,
  revision: (s: number) => (s + 1) * 100_000_000,
  query: (s: number) => (s + 1) * 10_000_000,
  coding: (s: number) => (s + 1) * 10_000_000,
};

/** The (study index, seed, key, start) every generator of a study's parts needs. */
export interface StudyContext {
  readonly seed: number;
  /** The study's index. */
  readonly s: number;
  readonly key: string;
  /** The study's start, in ms. */
  readonly start: number;
}
