import type { FormInfo, IntervalInfo, VariableInfo } from '../internal/metadataTypes.ts';

/** Site fields read by validation. */
export interface SiteInfo {
  siteId?: number | null;
  siteName?: string | null;
}

/** Accepted codes of radio, dropdown and checkbox variables, by variable name. */
export type ChoiceMap = Readonly<Record<string, readonly (string | number)[]>>;

/** A study's metadata arranged for validating records; build it once, reuse it per batch. */
export interface ValidationSchema {
  /** Variables of each form, by form key then variable name. */
  forms: ReadonlyMap<string, ReadonlyMap<string, VariableInfo>>;
  formKeyById: ReadonlyMap<number, string>;
  /** Known intervals and sites; absent when not loaded, and then not checked. */
  intervalNames?: ReadonlySet<string>;
  intervalIds?: ReadonlySet<number>;
  siteNames?: ReadonlySet<string>;
  siteIds?: ReadonlySet<number>;
  choices: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What a schema is built from; every part but forms and variables is optional. */
export interface ValidationSchemaInput {
  forms: readonly FormInfo[];
  variables: readonly VariableInfo[];
  intervals?: readonly IntervalInfo[];
  sites?: readonly SiteInfo[];
  choices?: ChoiceMap;
}

/**
 * Arranges study metadata for {@link checkRecords}. Pure. Deleted variables are left out, so
 * writing to one is reported as unknown.
 *
 * @throws never
 * @example
 * const schema = buildValidationSchema({ forms, variables, choices: { SEX: ['M', 'F'] } });
 */
export function buildValidationSchema(input: ValidationSchemaInput): ValidationSchema {
  const forms = new Map<string, Map<string, VariableInfo>>();
  const formKeyById = new Map<number, string>();
  for (const form of input.forms) {
    if (!form.formKey) continue;
    forms.set(form.formKey, new Map());
    if (form.formId != null) formKeyById.set(form.formId, form.formKey);
  }
  for (const variable of input.variables) {
    if (variable.deleted === true || !variable.variableName) continue;
    const formKey =
      variable.formKey || (variable.formId == null ? undefined : formKeyById.get(variable.formId));
    if (!formKey) continue;
    if (!forms.has(formKey)) forms.set(formKey, new Map());
    if (variable.formId != null && !formKeyById.has(variable.formId)) {
      formKeyById.set(variable.formId, formKey);
    }
    forms.get(formKey)!.set(variable.variableName, variable);
  }
  const choices = new Map<string, ReadonlySet<string>>();
  for (const [name, codes] of Object.entries(input.choices ?? {})) {
    choices.set(name, new Set(codes.map(String)));
  }
  const schema: ValidationSchema = { forms, formKeyById, choices };
  if (input.intervals) {
    schema.intervalNames = namesOf(input.intervals.map((i) => i.intervalName));
    schema.intervalIds = idsOf(input.intervals.map((i) => i.intervalId));
  }
  if (input.sites) {
    schema.siteNames = namesOf(input.sites.map((s) => s.siteName));
    schema.siteIds = idsOf(input.sites.map((s) => s.siteId));
  }
  return schema;
}

function namesOf(values: readonly (string | null | undefined)[]): Set<string> {
  return new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''));
}

function idsOf(values: readonly (number | null | undefined)[]): Set<number> {
  return new Set(values.filter((v): v is number => typeof v === 'number'));
}
