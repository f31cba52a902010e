/** How one kind of variable is typed and read in a generated module. */
export interface ValueKind {
  /** Name of the module-level schema constant. */
  readonly name: string;
  /** TypeScript type of a value that is given. */
  readonly type: string;
  /** Comment line(s) and declaration of the constant, as written in the module. */
  readonly source: string;
}

const TEXT: ValueKind = {
  name: 'text',
  type: 'string',
  source: 'const text = v.string();',
};

const CHOICE: ValueKind = {
  name: 'choice',
  type: 'string',
  source: [
    '// A choice is its code as text; some servers send numeric codes as numbers.',
    'const choice = v.union([v.string(), v.pipe(v.number(), v.finite(), v.transform(String))]);',
  ].join('\n'),
};

const NUMBER: ValueKind = {
  name: 'number',
  type: 'number',
  source: [
    'const number = v.union([',
    '  v.pipe(v.number(), v.finite()),',
    '  v.pipe(',
    '    v.string(),',
    "    v.regex(/^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$/, 'expected a number'),",
    '    v.transform(Number),',
    '  ),',
    ']);',
  ].join('\n'),
};

const INTEGER: ValueKind = {
  name: 'integer',
  type: 'number',
  source: [
    'const integer = v.union([',
    '  v.pipe(v.number(), v.safeInteger()),',
    '  v.pipe(',
    '    v.string(),',
    "    v.regex(/^[-+]?\\d+$/, 'expected an integer'),",
    '    v.transform(Number),',
    '    v.safeInteger(),',
    '  ),',
    ']);',
  ].join('\n'),
};

const DATE: ValueKind = {
  name: 'date',
  type: 'string',
  source: [
    '// Dates stay text as the study writes them: YYYY-MM-DD or DD-MMM-YYYY.',
    'const date = v.pipe(',
    '  v.string(),',
    "  v.regex(/^(\\d{4}-\\d{2}-\\d{2}|\\d{2}-[A-Za-z]{3}-\\d{4})$/, 'expected YYYY-MM-DD or DD-MMM-YYYY'),",
    ');',
  ].join('\n'),
};

const TIME: ValueKind = {
  name: 'time',
  type: 'string',
  source: [
    'const time = v.pipe(',
    '  v.string(),',
    "  v.regex(/^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$/, 'expected a time as HH:mm or HH:mm:ss'),",
    ');',
  ].join('\n'),
};

const DATE_TIME: ValueKind = {
  name: 'dateTime',
  type: 'string',
  source: [
    'const dateTime = v.pipe(',
    '  v.string(),',
    '  v.regex(',
    '    /^\\d{4}-\\d{2}-\\d{2}[ T]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$/,',
    "    'expected a date and time as YYYY-MM-DD HH:mm[:ss] or ISO 8601',",
    '  ),',
    ');',
  ].join('\n'),
};

const CHECKBOX: ValueKind = {
  name: 'checkbox',
  type: 'boolean',
  source: [
    'const checkbox = v.union([',
    '  v.boolean(),',
    '  v.pipe(',
    "    v.picklist(['true', 'TRUE', '1', 1]),",
    '    v.transform(() => true),',
    '  ),',
    '  v.pipe(',
    "    v.picklist(['false', 'FALSE', '0', 0]),",
    '    v.transform(() => false),',
    '  ),',
    ']);',
  ].join('\n'),
};

const UNKNOWN: ValueKind = {
  name: 'anyValue',
  type: 'unknown',
  source: [
    '// A variable type this generator does not know: any value is accepted.',
    'const anyValue = v.unknown();',
  ].join('\n'),
};

const BY_TYPE: Readonly<Record<string, ValueKind>> = {
  TEXT,
  STRING: TEXT,
  MEMO: TEXT,
  TEXTAREA: TEXT,
  RADIO: CHOICE,
  DROPDOWN: CHOICE,
  SELECT: CHOICE,
  NUMBER,
  DECIMAL: NUMBER,
  FLOAT: NUMBER,
  NUMERIC: NUMBER,
  INTEGER,
  INT: INTEGER,
  DATE,
  TIME,
  DATETIME: DATE_TIME,
  CHECKBOX,
};

/** Every kind, in the order the module declares the ones it uses. */
export const VALUE_KINDS: readonly ValueKind[] = [
  TEXT,
  CHOICE,
  NUMBER,
  INTEGER,
  DATE,
  TIME,
  DATE_TIME,
  CHECKBOX,
  UNKNOWN,
];

/**
 * The variable type as compared and recorded: trimmed, in capitals (the API sends any case,
 * `number` and `Text` included).
 */
export function normalizeType(variableType: string | null | undefined): string {
  return (variableType ?? '').trim().toUpperCase();
}

/** The kind of a variable type (normalized); unknown types accept any value. */
export function valueKindOf(type: string): ValueKind {
  return BY_TYPE[type] ?? UNKNOWN;
}
