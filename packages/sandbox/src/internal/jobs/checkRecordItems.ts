/** A refused POST body: which item and field, and why. */
export interface BodyProblem {
  readonly attribute: string;
  readonly value: unknown;
  readonly description: string;
}

const TYPES: Record<string, 'string' | 'integer' | 'object'> = {
  formKey: 'string',
  formId: 'integer',
  siteName: 'string',
  siteId: 'integer',
  subjectKey: 'string',
  subjectId: 'integer',
  subjectOid: 'string',
  intervalName: 'string',
  intervalId: 'integer',
  recordId: 'integer',
  recordOid: 'string',
  data: 'object',
};

const SUBJECT_IDS = ['subjectKey', 'subjectId', 'subjectOid'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks the body of POST records as api-contract §6 describes it, before any job exists:
 * an array of items, each with a form, `data`, and either a site (registration, with no
 * subject identifier) or a subject or a record. Returns the first problem, or null.
 */
export function checkRecordItems(body: unknown): BodyProblem | null {
  if (!Array.isArray(body) || body.length === 0) {
    return {
      attribute: 'body',
      value: null,
      description: 'The body must be a non-empty JSON array of records',
    };
  }
  for (let i = 0; i < body.length; i++) {
    const item: unknown = body[i];
    const at = `[${i}]`;
    if (!isObject(item))
      return { attribute: at, value: null, description: `Record ${at} must be an object` };
    for (const [key, value] of Object.entries(item)) {
      const type = TYPES[key];
      if (!type)
        return {
          attribute: `${at}.${key}`,
          value: null,
          description: `Unknown property ${key} in record ${at}`,
        };
      const fits =
        type === 'string'
          ? typeof value === 'string' && value !== ''
          : type === 'integer'
            ? Number.isInteger(value)
            : isObject(value);
      if (!fits) {
        return {
          attribute: `${at}.${key}`,
          value: typeof value === 'object' ? null : value,
          description: `${key} of record ${at} must be ${type === 'integer' ? 'an integer' : type === 'string' ? 'a non-empty string' : 'an object'}`,
        };
      }
    }
    if (!('formKey' in item) && !('formId' in item)) {
      return {
        attribute: `${at}.formKey`,
        value: null,
        description: `Record ${at} needs formKey or formId`,
      };
    }
    if (!('data' in item))
      return { attribute: `${at}.data`, value: null, description: `Record ${at} needs data` };
    for (const [name, value] of Object.entries(item.data as Record<string, unknown>)) {
      if (value !== null && typeof value === 'object') {
        return {
          attribute: `${at}.data.${name}`,
          value: null,
          description: `data.${name} of record ${at} must be a string, number, boolean or null`,
        };
      }
    }
    const hasSite = 'siteName' in item || 'siteId' in item;
    const subjectId = SUBJECT_IDS.find((k) => k in item);
    const hasRecord = 'recordId' in item || 'recordOid' in item;
    if (hasSite && subjectId) {
      return {
        attribute: `${at}.${subjectId}`,
        value: item[subjectId],
        description: `Record ${at} registers a subject (it names a site), so it must not carry ${subjectId}`,
      };
    }
    if (hasSite && (hasRecord || 'intervalName' in item || 'intervalId' in item)) {
      return {
        attribute: at,
        value: null,
        description: `Record ${at} registers a subject (it names a site): it takes no interval or record`,
      };
    }
    if (!hasSite && !subjectId && !hasRecord) {
      return {
        attribute: at,
        value: null,
        description: `Record ${at} must name a site (registration), a subject or a record`,
      };
    }
  }
  return null;
}
