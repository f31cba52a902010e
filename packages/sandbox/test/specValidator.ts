import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

const spec = parse(
  readFileSync(fileURLToPath(new URL('../../../spec/mednet.yaml', import.meta.url)), 'utf8'),
) as { paths: Record<string, Record<string, Schema>>; components: Schema };

function deref(node: Schema): Schema {
  let out = node;
  while (typeof out.$ref === 'string') {
    const parts = (out.$ref as string).replace(/^#\//, '').split('/');
    let target: unknown = spec;
    for (const p of parts) target = (target as Schema)[p];
    out = target as Schema;
  }
  return out;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Validates a value against a (small) JSON Schema subset: what the spec uses. */
export function validate(schemaIn: Schema, value: unknown, at = '$'): string[] {
  const schema = deref(schemaIn);
  const errors: string[] = [];
  const actual = typeOf(value);
  if (value === null) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (schema.nullable === true || types.includes('null') || schema.type === undefined)
      return errors;
    return [`${at}: null where ${String(schema.type)} is expected`];
  }
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [`${at}: ${actual} where ${types.join('|')} is expected`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: not in enum`);
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in obj)) errors.push(`${at}: missing required ${key}`);
    }
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...validate(props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected ${key}`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties as Schema, v, `${at}.${key}`));
      }
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((v, i) => {
      errors.push(...validate(schema.items as Schema, v, `${at}[${i}]`));
    });
  }
  return errors;
}

/** The spec operation of a method and a path below `/api/v1/edc`. */
export function findOperation(
  method: string,
  path: string,
): { template: string; operation: Schema } | null {
  for (const [template, item] of Object.entries(spec.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (re.test(path) && operation) return { template, operation };
  }
  return null;
}

/**
 * Problems with an answer under the spec: the status must be declared for the operation and
 * the body must fit that status's schema. Returns an empty list when it validates.
 */
export function checkResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const found = findOperation(method, path.replace(/^\/api\/v1\/edc/, ''));
  if (!found) return [`no operation for ${method} ${path}`];
  const responses = found.operation.responses as Record<string, Schema>;
  const declared = responses[String(status)];
  if (!declared) return [`status ${status} is not declared for ${found.operation.operationId}`];
  const schema = (deref(declared).content as Record<string, Schema> | undefined)?.[
    'application/json'
  ]?.schema as Schema | undefined;
  if (!schema) return [`no JSON schema for ${status} of ${found.operation.operationId}`];
  return validate(schema, body);
}

/** The operation ids of the spec with their declared statuses. */
export function declaredStatuses(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      out[operation.operationId as string] = Object.keys(operation.responses as Schema).map(Number);
    }
  }
  return out;
}
