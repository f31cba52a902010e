import { InvalidParameterError } from '../../errors/InvalidParameterError.ts';

/** A comparison operator of the filter grammar. */
export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~';

/** One `attribute op value` condition. */
export interface Condition {
  readonly attribute: string;
  readonly op: Operator;
  readonly value: string;
}

/** A parsed filter: OR of AND groups (`;` binds tighter than `,`). */
export type Filter = readonly (readonly Condition[])[];

const OPERATORS: readonly Operator[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];
const UNQUOTED = /^[A-Za-z0-9_.-]+$/;
const STOP = /* @__PURE__ */ new Set([
  '=',
  '!',
  '<',
  '>',
  '~',
  ',',
  ';',
  '"',
  ' ',
  '\t',
  '\n',
  '\r',
]);

/**
 * Parses the filter grammar of api-contract §7: conditions joined by `;` (AND) and `,` (OR),
 * no parentheses, values bare (`[A-Za-z0-9_.-]`) or double-quoted with `\\` and `\"`.
 */
export function parseFilter(text: string, param: string, allowContains: boolean): Filter {
  const groups: Condition[][] = [[]];
  let i = 0;
  const fail = (why: string): never => {
    throw new InvalidParameterError({
      message: `Invalid ${param} at position ${i}: ${why}`,
      attribute: param,
      value: text,
    });
  };
  while (i <= text.length) {
    let attribute = '';
    while (i < text.length && !STOP.has(text[i]!)) attribute += text[i++];
    if (attribute === '') fail('expected an attribute name');
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) fail(`expected an operator after "${attribute}"`);
    if (op === '=~' && !allowContains) fail('the operator =~ is only allowed in recordDataFilter');
    i += op!.length;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted value');
        const c = text[i]!;
        if (c === '"') {
          i++;
          break;
        }
        if (c === '\\') {
          const next = text[i + 1];
          if (next !== '\\' && next !== '"') fail('only \\\\ and \\" may follow a backslash');
          value += next;
          i += 2;
          continue;
        }
        value += c;
        i++;
      }
    } else {
      const from = i;
      while (i < text.length && text[i] !== ',' && text[i] !== ';') i++;
      value = text.slice(from, i);
      if (!UNQUOTED.test(value)) {
        i = from;
        fail('a value outside [A-Za-z0-9_.-] must be in double quotes');
      }
    }
    groups[groups.length - 1]!.push({ attribute, op: op!, value });
    if (i >= text.length) break;
    const joiner = text[i];
    if (joiner === ',') groups.push([]);
    else if (joiner !== ';') fail('expected ; or , between conditions');
    i++;
    if (i >= text.length) fail('a condition must follow ; or ,');
  }
  return groups;
}
