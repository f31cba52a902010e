import type { StudyChange } from './types.ts';

/**
 * One line per change, as the CLI prints them: `+ variable VS.PULSE (NUMBER)`,
 * `- form LAB_OLD`, `~ variable DM.HEIGHT: NUMBER -> TEXT`.
 *
 * @throws never
 * @example
 * for (const change of check.changes) console.log(describeStudyChange(change));
 */
export function describeStudyChange(change: StudyChange): string {
  switch (change.kind) {
    case 'formAdded':
      return `+ form ${change.formKey}`;
    case 'formRemoved':
      return `- form ${change.formKey}`;
    case 'variableAdded':
      return `+ variable ${change.formKey}.${change.variableName} (${change.type || 'no type'})`;
    case 'variableRemoved':
      return `- variable ${change.formKey}.${change.variableName} (${change.type || 'no type'})`;
    case 'variableRetyped':
      return `~ variable ${change.formKey}.${change.variableName}: ${change.from || 'no type'} -> ${change.to || 'no type'}`;
  }
}
