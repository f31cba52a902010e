import {
  type Column,
  type ColumnBinding,
  type ColumnSelection,
  planColumns,
} from '@imednet/workflows';
import { uniqueNames } from '../internal/uniqueNames.ts';
import { sanitizeName } from '../names/sanitizeName.ts';

/** The study metadata the layout reads (resources' `Form` and `Variable` fit). */
export type LayoutForms = Parameters<typeof planColumns>[0];
/** The variables the layout reads, each with its form (resources' `Variable` fits). */
export type LayoutVariables = Parameters<typeof planColumns>[1];

/** One per-form table: its name, its columns, and where each variable column comes from. */
export interface FormTableLayout {
  readonly formKey: string;
  /** The table name: the form key made safe ({@link sanitizeName}), distinct case-blind. */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly bindings: readonly ColumnBinding[];
}

/**
 * The per-form tables of a study, as `exportStudy` writes them with `byForm` into a
 * database (and as `@imednet/sync` keeps them): one table per form, named after the form
 * key, with the record mapper's fixed columns and then the form's variables. Pure.
 *
 * @throws {InvalidInputError} when a chosen form or variable is not in the study.
 * @example
 * const [forms, variables] = await Promise.all([listForms(client, 'STUDY-1'), listVariables(client, 'STUDY-1')]);
 * for (const table of planFormTables(forms, variables)) console.log(table.name, table.columns.length);
 */
export function planFormTables(
  forms: LayoutForms,
  variables: LayoutVariables,
  selection: ColumnSelection = {},
  reserved: readonly string[] = [],
): FormTableLayout[] {
  const { formKeys } = planColumns(forms, variables, selection);
  const names = uniqueNames(formKeys.map(sanitizeName), {
    caseInsensitive: true,
    taken: reserved,
  });
  return formKeys.map((formKey, i) => {
    const plan = planColumns(forms, variables, { ...selection, forms: [formKey] });
    return {
      formKey,
      name: names[i]!,
      columns: plan.columns,
      bindings: plan.byForm.get(formKey) ?? [],
    };
  });
}
