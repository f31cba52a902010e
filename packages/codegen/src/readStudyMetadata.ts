import type { CallOptions, Client } from '@imednet/core';
import { type Form, getStudy, listForms, listVariables, type Variable } from '@imednet/resources';
import { normalizeType } from './internal/valueKinds.ts';
import type { FormMetadata, StudyMetadata, VariableMetadata } from './types.ts';

function latest(dates: readonly (Date | null)[]): Date | null {
  let max: Date | null = null;
  for (const date of dates) if (date && (max === null || date > max)) max = date;
  return max;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order on the form: `sequence`, then id, then name, whatever order the pages came in. */
function compareVariables(a: Variable, b: Variable): number {
  const sa = a.sequence ?? Number.MAX_SAFE_INTEGER;
  const sb = b.sequence ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  if (a.variableId !== b.variableId) return a.variableId - b.variableId;
  return byCodeUnits(a.variableName ?? '', b.variableName ?? '');
}

/**
 * Reads what a generated module is made from: the study's name, its forms (sorted by form
 * key) and each form's variables (in form order; deleted ones and ones without a name left
 * out, disabled ones kept since their old values are still in records). Variables are
 * matched to forms by `formKey`, or by `formId` when the key is missing.
 *
 * @throws {ItemNotFoundError} no study has that key
 * @throws {ApiError} the server refused a request (`ForbiddenError`, ...)
 * @throws {ResponseValidationError} an answer could not be read
 * @example
 * const metadata = await readStudyMetadata(client, 'PHARMADEMO');
 * console.log(metadata.forms.map((form) => form.formKey));
 */
export async function readStudyMetadata(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<StudyMetadata> {
  const call = { signal: options.signal };
  const [study, forms, variables] = await Promise.all([
    getStudy(client, studyKey, call),
    listForms(client, studyKey, undefined, call),
    listVariables(client, studyKey, undefined, call),
  ]);
  const keyById = new Map<number, string>();
  for (const form of forms) if (form.formKey) keyById.set(form.formId, form.formKey);
  const byForm = new Map<string, Variable[]>();
  for (const variable of variables) {
    const key =
      variable.formKey ?? (variable.formId === null ? undefined : keyById.get(variable.formId));
    if (!key || !variable.variableName || variable.deleted) continue;
    const list = byForm.get(key) ?? [];
    list.push(variable);
    byForm.set(key, list);
  }
  const named = forms.filter((form): form is Form & { formKey: string } => !!form.formKey);
  const result: FormMetadata[] = named
    .sort((a, b) => byCodeUnits(a.formKey, b.formKey))
    .map((form) => ({
      formKey: form.formKey,
      formName: form.formName,
      formType: form.formType,
      disabled: form.disabled === true,
      variables: toVariables(byForm.get(form.formKey) ?? []),
    }));
  return {
    studyKey: study.studyKey ?? studyKey,
    studyName: study.studyName,
    modifiedAt: latest([
      study.dateModified,
      ...forms.map((form) => form.dateModified),
      ...variables.map((variable) => variable.dateModified),
    ]),
    forms: result,
  };
}

function toVariables(variables: Variable[]): VariableMetadata[] {
  const seen = new Set<string>();
  const result: VariableMetadata[] = [];
  for (const variable of variables.sort(compareVariables)) {
    const name = variable.variableName!;
    // A name twice on one form cannot be two keys of recordData: the first in order wins.
    if (seen.has(name)) continue;
    seen.add(name);
    result.push({
      name,
      type: normalizeType(variable.variableType),
      label: variable.label,
      disabled: variable.disabled === true,
    });
  }
  return result;
}
