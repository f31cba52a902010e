import * as v from 'valibot';
import type { DatasetJsonMetadata } from './types.ts';

/** `^1.1(.(0|([1-9][0-9]*)))?$` of the official schema, dots taken literally. */
export const VERSION_1_1 = /^1\.1(\.(0|[1-9]\d*))?$/;
/** The official schema's date-time pattern (seconds required, fraction and zone optional). */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(([+-]([01]\d|2[0-3]):[0-5]\d)|Z)?$/;

const count = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));

const ColumnSchema = v.object({
  itemOID: v.string(),
  name: v.string(),
  label: v.string(),
  dataType: v.picklist([
    'string',
    'integer',
    'decimal',
    'float',
    'double',
    'boolean',
    'datetime',
    'date',
    'time',
    'URI',
  ]),
  targetDataType: v.optional(v.picklist(['integer', 'decimal'])),
  length: v.optional(count(1)),
  displayFormat: v.optional(v.string()),
  keySequence: v.optional(count(1)),
});

/**
 * The metadata of a Dataset-JSON 1.1 file, as the official schema (`dataset.schema.json`)
 * defines it; attributes it does not know are dropped, the rest keep the standard's order.
 */
export const DatasetJsonMetadataSchema: v.GenericSchema<unknown, DatasetJsonMetadata> =
  /* @__PURE__ */ v.object({
    datasetJSONCreationDateTime: v.pipe(v.string(), v.regex(DATE_TIME)),
    datasetJSONVersion: v.pipe(v.string(), v.regex(VERSION_1_1)),
    fileOID: v.optional(v.string()),
    dbLastModifiedDateTime: v.optional(v.pipe(v.string(), v.regex(DATE_TIME))),
    originator: v.optional(v.string()),
    sourceSystem: v.optional(v.object({ name: v.string(), version: v.string() })),
    studyOID: v.optional(v.string()),
    metaDataVersionOID: v.optional(v.string()),
    metaDataRef: v.optional(v.string()),
    itemGroupOID: v.string(),
    records: count(0),
    name: v.string(),
    label: v.string(),
    columns: v.array(ColumnSchema),
  });
