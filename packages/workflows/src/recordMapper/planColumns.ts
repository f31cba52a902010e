import { type InputIssue, InvalidInputError } from '@imednet/core';
import type { FormInfo, VariableInfo } from '../internal/metadataTypes.ts';
import { columnTypeOf } from './columnKind.ts';
import { FIXED_COLUMNS } from './fixedColumns.ts';
import type { Column, ColumnType } from './types.ts';

/** Which forms and variables become columns, and how they are named. */
export interface ColumnSelection {
  /** Form keys to keep, in the order their columns should appear; default every form. */
  forms?: readonly string[];
  /** Variable names to keep (from any form); default every variable of the kept forms. */
  variables?: readonly string[];
  /** Name variable columns by label instead of variable name. */
  labels?: boolean;
}

/** A variable column and where its value comes from. */
export interface ColumnBinding {
  column: string;
  variableName: string;
  label?: string;
  type: ColumnType;
}

/** The planned columns: fixed first, then variables by form then sequence. */
export interface ColumnPlan {
  columns: Column[];
  /** Form keys in column order. */
  formKeys: string[];
  /** Variable columns of each kept form (forms without kept variables map to `[]`). */
  byForm: Map<string, ColumnBinding[]>;
}

interface Placed {
  variable: VariableInfo;
  name: string;
  formKey: string;
}

/**
 * Plans the columns of a table from the study's forms and variables. Pure: the same input
 * gives the same columns. A name already taken (a fixed column, an earlier variable, a
 * repeated label; compared without case, as SQL does) gets the first free suffix `_2`, `_3`...
 * Deleted variables and variables of no known form are left out.
 *
 * @throws {InvalidInputError} when a chosen form or variable is not in the study.
 * @example
 * const [forms, variables] = await Promise.all([listForms(client, 'STUDY-1'), listVariables(client, 'STUDY-1')]);
 * const { columns } = planColumns(forms, variables, { forms: ['DM'], labels: true });
 */
export function planColumns(
  forms: readonly FormInfo[],
  variables: readonly VariableInfo[],
  selection: ColumnSelection = {},
): ColumnPlan {
  const placed = placeVariables(forms, variables);
  const formKeys = orderForms(forms, placed, selection);
  const wanted = selection.variables ? new Set(selection.variables) : null;
  const grouped = new Map<string, Placed[]>(formKeys.map((key) => [key, []]));
  for (const p of placed) {
    if (!wanted || wanted.has(p.name)) grouped.get(p.formKey)?.push(p);
  }
  const taken: Taken = {
    names: new Set(FIXED_COLUMNS.map((c) => c.name.toLowerCase())),
    next: new Map(),
  };
  const columns: Column[] = FIXED_COLUMNS.map((c) => ({ ...c }));
  const byForm = new Map<string, ColumnBinding[]>();
  for (const [formKey, ofForm] of grouped) {
    const bindings: ColumnBinding[] = [];
    for (const { variable, name: variableName } of ofForm.sort(bySequence)) {
      const label = nonEmpty(variable.label) ? variable.label! : undefined;
      const column = claim(taken, selection.labels && label ? label : variableName);
      const type = columnTypeOf(variable.variableType);
      columns.push({
        name: column,
        source: 'variable',
        variableName,
        ...(label === undefined ? {} : { label }),
        formKey,
        type,
      });
      bindings.push({ column, variableName, ...(label === undefined ? {} : { label }), type });
    }
    byForm.set(formKey, bindings);
  }
  return { columns, formKeys, byForm };
}

/** Each usable variable with its name and form key, looked up once. */
function placeVariables(forms: readonly FormInfo[], variables: readonly VariableInfo[]): Placed[] {
  const keyById = new Map<number, string>();
  for (const f of forms)
    if (f.formId != null && nonEmpty(f.formKey)) keyById.set(f.formId, f.formKey!);
  const placed: Placed[] = [];
  for (const variable of variables) {
    if (variable.deleted === true || !nonEmpty(variable.variableName)) continue;
    const formKey = nonEmpty(variable.formKey)
      ? variable.formKey!
      : variable.formId == null
        ? undefined
        : keyById.get(variable.formId);
    if (formKey) placed.push({ variable, name: variable.variableName!, formKey });
  }
  return placed;
}

/** Form keys in column order: as chosen, else by form id then key. */
function orderForms(
  forms: readonly FormInfo[],
  placed: readonly Placed[],
  selection: ColumnSelection,
): string[] {
  const rank = new Map<string, number>();
  for (const f of forms) {
    if (nonEmpty(f.formKey)) rank.set(f.formKey!, f.formId ?? Number.MAX_SAFE_INTEGER);
  }
  for (const p of placed) {
    if (!rank.has(p.formKey)) rank.set(p.formKey, p.variable.formId ?? Number.MAX_SAFE_INTEGER);
  }
  const issues: InputIssue[] = [];
  for (const key of selection.forms ?? []) {
    if (!rank.has(key)) issues.push({ field: 'forms', message: `unknown form "${key}"` });
  }
  const names = new Set(placed.map((p) => p.name));
  for (const name of selection.variables ?? []) {
    if (!names.has(name))
      issues.push({ field: 'variables', message: `unknown variable "${name}"` });
  }
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
  const order = selection.forms
    ? [...new Set(selection.forms)]
    : [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)! || compare(a, b));
  if (!selection.variables) return order;
  const wanted = new Set(selection.variables);
  const withWanted = new Set(placed.filter((p) => wanted.has(p.name)).map((p) => p.formKey));
  return order.filter((key) => withWanted.has(key));
}

/** Names taken (lower-cased), and per base the next suffix worth trying. */
interface Taken {
  names: Set<string>;
  next: Map<string, number>;
}

/** Takes `base`, or the first of `base_2`, `base_3`, ... that is free. */
function claim(taken: Taken, base: string): string {
  const key = base.toLowerCase();
  let name = base;
  // Suffixes below `next` are known to be taken, so n repeats of a label cost O(n) in all.
  for (
    let n = taken.names.has(key) ? (taken.next.get(key) ?? 2) : 2;
    taken.names.has(name.toLowerCase());
    n++
  ) {
    name = `${base}_${n}`;
    taken.next.set(key, n + 1);
  }
  taken.names.add(name.toLowerCase());
  return name;
}

function bySequence(a: Placed, b: Placed): number {
  const max = Number.MAX_SAFE_INTEGER;
  return (
    (a.variable.sequence ?? max) - (b.variable.sequence ?? max) ||
    (a.variable.variableId ?? max) - (b.variable.variableId ?? max) ||
    compare(a.name, b.name)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nonEmpty(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
