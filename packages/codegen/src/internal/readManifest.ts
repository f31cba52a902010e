/** The shape of a study that drift is measured on: form key → variable name → type. */
export type StudyShape = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** What a generated module says about the study it was made from. */
export interface Manifest {
  readonly studyKey: string;
  readonly shape: StudyShape;
}

const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const CONSTANT = new RegExp(String.raw`^export const (\w+) =\s*(${STRING});`, 'gm');
const FORM = /^export const \w+ = \{\n {2}formKey: (\w+),\n([\s\S]*?)\n\} as const;/gm;
const TYPES = /\n {2}variableTypes: \{(\}|\n[\s\S]*?\n {2}\}),/;
const ENTRY = new RegExp(String.raw`([A-Za-z_$][\w$]*|${STRING}):\s*(${STRING}),`, 'g');

/** The text of a string literal as written by the generator (both quote marks). */
function unquote(literal: string): string {
  let out = '';
  for (let i = 1; i < literal.length - 1; i += 1) {
    const char = literal[i]!;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = literal[++i]!;
    if (next === 'u') {
      out += String.fromCharCode(Number.parseInt(literal.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      out += ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[next] ?? next;
    }
  }
  return out;
}

function keyText(key: string): string {
  return key.startsWith("'") || key.startsWith('"') ? unquote(key) : key;
}

/**
 * Reads the study key and each form's `variableTypes` from the text of a module
 * `renderStudyModule` wrote (the layout it writes, which biome keeps), without running it.
 * Null when the text is not such a module.
 */
export function readManifest(source: string): Manifest | null {
  const text = source.replace(/\r\n/g, '\n');
  const constants = new Map<string, string>();
  for (const match of text.matchAll(CONSTANT)) constants.set(match[1]!, unquote(match[2]!));
  const studyKey = constants.get('STUDY_KEY');
  if (studyKey === undefined) return null;
  const shape = new Map<string, Map<string, string>>();
  for (const match of text.matchAll(FORM)) {
    const formKey = constants.get(match[1]!);
    const types = TYPES.exec(match[2]!);
    if (formKey === undefined || !types) return null;
    const variables = new Map<string, string>();
    for (const entry of types[1]!.matchAll(ENTRY)) {
      variables.set(keyText(entry[1]!), unquote(entry[2]!));
    }
    shape.set(formKey, variables);
  }
  return { studyKey, shape };
}
