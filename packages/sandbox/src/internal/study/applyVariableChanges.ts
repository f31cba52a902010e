import type { SandboxVariableChange } from '../../types.ts';
import type { FormTemplate, VariableTemplate, VariableType } from './templates.ts';

const TYPES: readonly VariableType[] = [
  'TEXT',
  'MEMO',
  'NUMBER',
  'INTEGER',
  'FLOAT',
  'DATE',
  'TIME',
  'DATETIME',
  'RADIO',
  'DROPDOWN',
  'CHECKBOX',
];

function variableOf(name: string, type: VariableType, label: string): VariableTemplate {
  const choices = type === 'RADIO' || type === 'DROPDOWN' ? { choices: ['1', '2', '3'] } : {};
  return { name, type, label, ...choices };
}

/**
 * The form templates with a study build's changes applied: a variable retyped (its ranges,
 * words and choices dropped, as a new definition would), added at the end of its form, or
 * removed. Every study of the sandbox gets the same build.
 *
 * @throws {TypeError} an unknown form or type, or removing a variable the form does not have
 */
export function applyVariableChanges(
  forms: readonly FormTemplate[],
  changes: readonly SandboxVariableChange[],
): readonly FormTemplate[] {
  let result = forms;
  for (const change of changes) {
    const form = result.find((f) => f.key === change.formKey);
    if (!form) throw new TypeError(`variableChanges: no form ${JSON.stringify(change.formKey)}`);
    const at = form.variables.findIndex((v) => v.name === change.variableName);
    let variables: VariableTemplate[];
    if (change.remove) {
      if (at < 0) {
        throw new TypeError(
          `variableChanges: form ${form.key} has no variable ${JSON.stringify(change.variableName)}`,
        );
      }
      variables = form.variables.filter((_, k) => k !== at);
    } else {
      if (change.type === undefined || !TYPES.includes(change.type)) {
        throw new TypeError(`variableChanges: type must be one of ${TYPES.join(', ')}`);
      }
      const label = change.label ?? form.variables[at]?.label ?? change.variableName;
      const next = variableOf(change.variableName, change.type, label);
      variables =
        at < 0 ? [...form.variables, next] : form.variables.map((v, k) => (k === at ? next : v));
    }
    result = result.map((f) => (f === form ? { ...form, variables } : f));
  }
  return result;
}
