/** The exported names of one form in a generated module. */
export interface FormNames {
  /** `DmForm`: the form object. */
  readonly form: string;
  /** `DmRecordData`: the type of its recordData. */
  readonly data: string;
  /** `DmRecordDataSchema`: the valibot schema. */
  readonly schema: string;
  /** `DM_FORM_KEY` */
  readonly formKey: string;
  /** `DM_VARIABLES`: variable names by themselves. */
  readonly variables: string;
}

/** Names the module itself declares; a form's names never take one of them. */
const RESERVED = new Set(['v', 'blank', 'field', 'STUDY_KEY', 'FORMS', 'StudyForms']);

function words(key: string): string[] {
  return key.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
}

function pascal(key: string): string {
  const name = words(key)
    .map((word) => {
      // An all-capitals word (DM, LAB) reads better as Dm, Lab; camelCase keeps its humps.
      const rest = word === word.toUpperCase() ? word.slice(1).toLowerCase() : word.slice(1);
      return word.charAt(0).toUpperCase() + rest;
    })
    .join('');
  return /^[A-Za-z]/.test(name) ? name : `Form${name}`;
}

function upperSnake(key: string): string {
  const name = words(key).join('_').toUpperCase();
  return /^[A-Z]/.test(name) ? name : `FORM_${name}`;
}

/**
 * Gives each form key its exported names. Keys that read the same once reduced to an
 * identifier (`AE-1`, `AE_1`) get a number (`Ae1Form`, `Ae1Form2`), in the order given, so
 * the names depend only on the sorted keys.
 */
export function assignFormNames(formKeys: readonly string[]): Map<string, FormNames> {
  const used = new Set(RESERVED);
  const names = new Map<string, FormNames>();
  for (const key of formKeys) {
    for (let n = 1; ; n += 1) {
      const suffix = n === 1 ? '' : String(n);
      const base = pascal(key) + suffix;
      const snake = upperSnake(key) + (n === 1 ? '' : `_${n}`);
      const candidate: FormNames = {
        form: `${base}Form`,
        data: `${base}RecordData`,
        schema: `${base}RecordDataSchema`,
        formKey: `${snake}_FORM_KEY`,
        variables: `${snake}_VARIABLES`,
      };
      const all = Object.values(candidate);
      if (all.some((name) => used.has(name))) continue;
      for (const name of all) used.add(name);
      names.set(key, candidate);
      break;
    }
  }
  return names;
}
