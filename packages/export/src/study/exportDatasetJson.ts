import type { Client } from '@imednet/core';
import {
  type EdcRecord,
  type Form,
  iterateRecords,
  listForms,
  listIntervals,
  listVariables,
  type Variable,
} from '@imednet/resources';
import { planColumns } from '@imednet/workflows';
import type {
  DatasetJsonColumn,
  DatasetJsonDataType,
  DatasetJsonEncoding,
  DatasetJsonSource,
} from '../datasetJson/types.ts';
import { writeDatasetJson } from '../datasetJson/writeDatasetJson.ts';
import { ExportError } from '../errors.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import type { WriteOptions } from '../types.ts';
import type { FormatOptions } from './exportFormat.ts';
import { type WrittenFiles, writeTableFiles } from './writeFileTables.ts';

/** Dataset-JSON options of `exportStudy`. */
export interface DatasetJsonExportOptions {
  /** `'json'` (default), `'ndjson'` or `'dsjc'` (gzip-compressed NDJSON). */
  readonly encoding?: DatasetJsonEncoding;
  /** The organisation that made the files (`originator`); left out by default. */
  readonly originator?: string;
}

/** What the study export needs to know. */
export interface DatasetJsonStudyOptions extends WriteOptions, FormatOptions {
  readonly out: string;
  readonly datasetJson?: DatasetJsonExportOptions;
  readonly forms?: readonly string[];
  readonly variables?: readonly string[];
  readonly pageSize?: number;
}

/** The file extension of each encoding. */
export const DATASET_JSON_EXTENSIONS: Readonly<Record<DatasetJsonEncoding, string>> = {
  json: '.json',
  ndjson: '.ndjson',
  dsjc: '.dsjc',
};

/** `sourceSystem` of every file: the EDC the data comes from. */
const SOURCE_SYSTEM = { name: 'iMednet EDC', version: 'REST API v1' } as const;

type Fixed = Omit<DatasetJsonColumn, 'itemOID'> & { readonly read: (r: EdcRecord) => unknown };

/**
 * Identifying columns first (the keys, in `keySequence` order), then the record's own
 * fields; a form's variables follow.
 */
const FIXED: readonly Fixed[] = [
  { name: 'studyKey', label: 'Study key', dataType: 'string', keySequence: 1, read: () => null },
  { name: 'siteId', label: 'Site id', dataType: 'integer', keySequence: 2, read: (r) => r.siteId },
  {
    name: 'subjectKey',
    label: 'Subject key',
    dataType: 'string',
    keySequence: 3,
    read: (r) => r.subjectKey,
  },
  {
    name: 'visitId',
    label: 'Visit id',
    dataType: 'integer',
    keySequence: 4,
    read: (r) => r.visitId,
  },
  {
    name: 'recordId',
    label: 'Record id',
    dataType: 'integer',
    keySequence: 5,
    read: (r) => r.recordId,
  },
  { name: 'intervalName', label: 'Interval', dataType: 'string', read: () => null },
  { name: 'recordStatus', label: 'Record status', dataType: 'string', read: (r) => r.recordStatus },
  { name: 'dateCreated', label: 'Date created', dataType: 'datetime', read: (r) => r.dateCreated },
  {
    name: 'dateModified',
    label: 'Date modified',
    dataType: 'datetime',
    read: (r) => r.dateModified,
  },
];
const INTERVAL = FIXED.findIndex((c) => c.name === 'intervalName');

/**
 * The Dataset-JSON `dataType` of an iMednet variable type, as `exportStudy` maps it. Numbers
 * are exact decimal text; dates and times ISO 8601 text; choices (radio, dropdown) are their
 * codes as text; unknown types are text.
 *
 * @throws never
 * @example
 * const variables = await listVariables(client, 'STUDY-1');
 * for (const v of variables) console.log(v.variableName, datasetDataTypeOf(v.variableType).dataType);
 */
export function datasetDataTypeOf(variableType: string | null | undefined): {
  dataType: DatasetJsonDataType;
  targetDataType?: 'decimal';
} {
  switch ((variableType ?? '').trim().toUpperCase()) {
    case 'INTEGER':
    case 'INT':
      return { dataType: 'integer' };
    case 'NUMBER':
    case 'DECIMAL':
    case 'FLOAT':
    case 'NUMERIC':
      return { dataType: 'decimal', targetDataType: 'decimal' };
    case 'CHECKBOX':
      return { dataType: 'boolean' };
    case 'DATE':
      return { dataType: 'date' };
    case 'DATETIME':
      return { dataType: 'datetime' };
    case 'TIME':
      return { dataType: 'time' };
    default:
      return { dataType: 'string' };
  }
}

/**
 * Exports a study as Dataset-JSON 1.1: one dataset per form (`IG.<FORM>`), written into the
 * `out` folder as `<FORM>.json`, `.ndjson` or `.dsjc`, all renamed into place together at
 * the end.
 */
export async function exportDatasetJson(
  client: Client,
  studyKey: string,
  options: DatasetJsonStudyOptions,
): Promise<WrittenFiles> {
  const encoding = options.datasetJson?.encoding ?? 'json';
  if (!Object.hasOwn(DATASET_JSON_EXTENSIONS, encoding)) {
    throw new ExportError(
      `Unknown Dataset-JSON encoding ${JSON.stringify(encoding)}; use json, ndjson or dsjc`,
    );
  }
  const { signal } = options;
  const [forms, variables, intervals] = await Promise.all([
    listForms(client, studyKey, undefined, { signal }),
    listVariables(client, studyKey, undefined, { signal }),
    listIntervals(client, studyKey, undefined, { signal }),
  ]);
  const intervalNames = new Map(intervals.map((i) => [i.intervalId, i.intervalName]));
  const selection = {
    ...(options.forms === undefined ? {} : { forms: options.forms }),
    ...(options.variables === undefined ? {} : { variables: options.variables }),
  };
  // planColumns checks the chosen forms and variables and orders them, as every export does.
  const plan = planColumns(forms, variables, selection);
  const created = new Date().toISOString();
  const lookup = variableLookup(forms, variables);

  async function* datasets(): AsyncGenerator<DatasetJsonSource & { name: string }> {
    for (const formKey of plan.formKeys) {
      const form = forms.find((f) => f.formKey === formKey);
      const bindings = plan.byForm.get(formKey) ?? [];
      const names = uniqueNames(
        bindings.map((b) => b.variableName),
        { caseInsensitive: true, taken: FIXED.map((c) => c.name) },
      );
      const columns: DatasetJsonColumn[] = [
        ...FIXED.map(({ read: _, ...column }) => ({
          itemOID: `IT.${formKey}.${column.name}`,
          ...column,
        })),
        ...bindings.map((binding, i) => {
          const variable = lookup.get(`${formKey}\u0000${binding.variableName}`);
          return {
            itemOID: `IT.${formKey}.${names[i]}`,
            name: names[i]!,
            label: binding.label ?? binding.variableName,
            ...datasetDataTypeOf(variable?.variableType),
          };
        }),
      ];
      async function* rows(): AsyncGenerator<unknown[]> {
        const records = iterateRecords(
          client,
          studyKey,
          { formKey },
          {
            signal,
            ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
          },
        );
        for await (const record of records) {
          if (record.deleted === true) continue;
          const row: unknown[] = FIXED.map((c) => c.read(record));
          row[0] = studyKey;
          if (record.intervalId !== null)
            row[INTERVAL] = intervalNames.get(record.intervalId) ?? null;
          const data = record.recordData ?? {};
          for (const binding of bindings) {
            const value = Object.hasOwn(data, binding.variableName)
              ? data[binding.variableName]
              : null;
            // An unanswered field comes as '': missing, so null in every column type.
            row.push(value === '' ? null : value);
          }
          yield row;
        }
      }
      yield {
        name: formKey,
        datasetJSONCreationDateTime: created,
        fileOID: `${studyKey}/IG.${formKey}/${created}`,
        ...(options.datasetJson?.originator === undefined
          ? {}
          : { originator: options.datasetJson.originator }),
        sourceSystem: SOURCE_SYSTEM,
        studyOID: studyKey,
        itemGroupOID: `IG.${formKey}`,
        label: form?.formName || formKey,
        columns,
        rows: { [Symbol.asyncIterator]: rows },
      };
    }
  }

  return writeTableFiles(
    datasets(),
    { path: options.out, perTable: true },
    DATASET_JSON_EXTENSIONS[encoding],
    options,
    (dataset, stream, writeOptions) =>
      writeDatasetJson(dataset, stream, {
        ...writeOptions,
        encoding,
        lastModifiedColumn: 'dateModified',
        tempDir: options.out,
        ...(options.invalidValues === undefined ? {} : { invalidValues: options.invalidValues }),
      }),
  );
}

/** Each form's variables by name, the form found from its key or id as the mapper does. */
function variableLookup(
  forms: readonly Form[],
  variables: readonly Variable[],
): Map<string, Variable> {
  const keyById = new Map(forms.map((f) => [f.formId, f.formKey]));
  const lookup = new Map<string, Variable>();
  for (const variable of variables) {
    if (variable.deleted === true || !variable.variableName) continue;
    const formKey =
      variable.formKey || (variable.formId === null ? null : keyById.get(variable.formId));
    if (formKey) lookup.set(`${formKey}\u0000${variable.variableName}`, variable);
  }
  return lookup;
}
