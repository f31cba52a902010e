import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Spec {
  paths: Record<string, Record<string, unknown>>;
  components: { examples: Record<string, { value: unknown }> };
}

let cached: Spec | undefined;

/** The OpenAPI spec copied into the repo. */
export function loadSpec(): Spec {
  cached ??= parse(
    readFileSync(new URL('../../../spec/mednet.yaml', import.meta.url), 'utf8'),
  ) as Spec;
  return cached;
}

/** The `value` of a named example in the spec, deep-copied so tests may change it. */
export function specExample<T = unknown>(name: string): T {
  const example = loadSpec().components.examples[name];
  if (!example) throw new Error(`no example ${name} in the spec`);
  return structuredClone(example.value) as T;
}

/** The list envelope example of an operation, e.g. `listEnvelope('Records')`. */
export function listEnvelope(resource: string): {
  metadata: unknown;
  pagination: Record<string, unknown>;
  data: Record<string, unknown>[];
} {
  return specExample(`Example${resource}List`);
}
