import type { CallOptions, Client } from '@imednet/core';
import {
  type Form,
  type Interval,
  listForms,
  listIntervals,
  listVariables,
  type Variable,
} from '@imednet/resources';

/** A form with its variables, in sequence order. */
export interface FormStructure extends Form {
  variables: Variable[];
}

/** An interval with the forms scheduled in it. */
export interface IntervalStructure extends Omit<Interval, 'forms'> {
  forms: FormStructure[];
}

/** A study's design: intervals in sequence, their forms, each form's variables. */
export interface StudyStructure {
  studyKey: string;
  intervals: IntervalStructure[];
  /** Forms scheduled in no interval (unscheduled, site or log forms). */
  unscheduledForms: FormStructure[];
}

/**
 * The structure of a study: its intervals (by sequence), the forms of each (as the interval
 * lists them), and each form's variables (by sequence; deleted ones left out). Forms in no
 * interval are listed apart. Intervals, forms and variables are fetched in parallel.
 *
 * @throws {InvalidInputError} a bad study key, before any request
 * @throws {ApiError} the server refused a request
 * @example
 * const { intervals, unscheduledForms } = await getStudyStructure(client, 'STUDY-1');
 */
export async function getStudyStructure(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<StudyStructure> {
  const { signal } = options;
  const [intervals, forms, variables] = await Promise.all([
    listIntervals(client, studyKey, undefined, { signal }),
    listForms(client, studyKey, undefined, { signal }),
    listVariables(client, studyKey, undefined, { signal }),
  ]);
  const variablesByForm = new Map<number | string, Variable[]>();
  for (const variable of variables) {
    if (variable.deleted === true) continue;
    const key = variable.formId ?? variable.formKey;
    if (key === null) continue;
    if (!variablesByForm.has(key)) variablesByForm.set(key, []);
    variablesByForm.get(key)!.push(variable);
  }
  const structures = forms.map(
    (form): FormStructure => ({
      ...form,
      variables: [
        ...(variablesByForm.get(form.formId) ?? []),
        ...(form.formKey === null ? [] : (variablesByForm.get(form.formKey) ?? [])),
      ].sort(bySequence),
    }),
  );
  const byId = new Map(structures.map((f) => [f.formId, f]));
  const byKey = new Map(structures.filter((f) => f.formKey !== null).map((f) => [f.formKey!, f]));
  const scheduled = new Set<FormStructure>();
  const intervalStructures = [...intervals]
    .sort(byIntervalSequence)
    .map((interval): IntervalStructure => {
      const own: FormStructure[] = [];
      for (const ref of interval.forms ?? []) {
        const form =
          (ref.formId !== null ? byId.get(ref.formId) : undefined) ??
          (ref.formKey !== null ? byKey.get(ref.formKey) : undefined);
        if (form && !own.includes(form)) {
          own.push(form);
          scheduled.add(form);
        }
      }
      return { ...interval, forms: own };
    });
  return {
    studyKey,
    intervals: intervalStructures,
    unscheduledForms: structures.filter((f) => !scheduled.has(f)),
  };
}

function bySequence(a: Variable, b: Variable): number {
  const max = Number.MAX_SAFE_INTEGER;
  return (a.sequence ?? max) - (b.sequence ?? max) || a.variableId - b.variableId;
}

function byIntervalSequence(a: Interval, b: Interval): number {
  const max = Number.MAX_SAFE_INTEGER;
  return (a.intervalSequence ?? max) - (b.intervalSequence ?? max) || a.intervalId - b.intervalId;
}
