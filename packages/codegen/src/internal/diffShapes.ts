import type { StudyChange } from '../types.ts';
import type { StudyShape } from './readManifest.ts';

/**
 * What changed from `before` (the module) to `after` (the live study): forms added and
 * removed, then per form kept variables added, removed and retyped; forms in key order,
 * variables in the order each side lists them.
 */
export function diffShapes(before: StudyShape, after: StudyShape): StudyChange[] {
  const changes: StudyChange[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const formKey of keys) {
    const old = before.get(formKey);
    const now = after.get(formKey);
    if (!old) {
      changes.push({ kind: 'formAdded', formKey });
      for (const [variableName, type] of now!) {
        changes.push({ kind: 'variableAdded', formKey, variableName, type });
      }
      continue;
    }
    if (!now) {
      changes.push({ kind: 'formRemoved', formKey });
      continue;
    }
    for (const [variableName, type] of old) {
      const next = now.get(variableName);
      if (next === undefined)
        changes.push({ kind: 'variableRemoved', formKey, variableName, type });
      else if (next !== type) {
        changes.push({ kind: 'variableRetyped', formKey, variableName, from: type, to: next });
      }
    }
    for (const [variableName, type] of now) {
      if (!old.has(variableName))
        changes.push({ kind: 'variableAdded', formKey, variableName, type });
    }
  }
  return changes;
}
