/**
 * The few fields of study metadata the pure helpers read. Resources' types have more, and
 * any field may be missing or null (the API promises none of them).
 */
export interface VariableInfo {
  variableId?: number | null;
  variableName?: string | null;
  variableType?: string | null;
  label?: string | null;
  sequence?: number | null;
  formId?: number | null;
  formKey?: string | null;
  deleted?: boolean | null;
  disabled?: boolean | null;
}

export interface FormInfo {
  formId?: number | null;
  formKey?: string | null;
  formName?: string | null;
  disabled?: boolean | null;
}

export interface IntervalInfo {
  intervalId?: number | null;
  intervalName?: string | null;
}
