import { DAY_MS, formatTimestamp } from '../dates.ts';
import { hash } from '../random.ts';
import { SALT } from '../salts.ts';
import { type FormDef, IDS, type StudyContext, type VariableDef } from './studyBase.ts';
import type { FormTemplate } from './templates.ts';

/** The study's forms, each with its variables, and every variable in form order. */
export function generateForms(
  { seed, s, key, start }: StudyContext,
  templates: readonly FormTemplate[],
): {
  forms: FormDef[];
  variables: VariableDef[];
} {
  const forms: FormDef[] = [];
  const variables: VariableDef[] = [];
  templates.forEach((template, f) => {
    const formId = IDS.form(s) + f + 1;
    const defs: VariableDef[] = [];
    for (const v of template.variables) {
      const def = {
        template: v,
        variableId: IDS.variable(s) + variables.length + 1,
        form: template,
        formId,
      };
      variables.push(def);
      defs.push(def);
    }
    forms.push({
      template,
      formId,
      variables: defs,
      item: {
        studyKey: key,
        formId,
        formKey: template.key,
        formName: template.name,
        formType: template.formType,
        revision: 1 + (hash(seed, s, f, SALT.formRevision) % 3),
        embeddedLog: template.embeddedLog ?? false,
        enforceOwnership: false,
        userAgreement: false,
        subjectRecordReport: template.subjectRecordReport ?? false,
        unscheduledVisit: template.unscheduledVisit ?? false,
        otherForms: template.otherForms ?? false,
        eproForm: false,
        allowCopy: true,
        disabled: template.disabled ?? false,
        dateCreated: formatTimestamp(start - 25 * DAY_MS + f * 60_000),
        dateModified: formatTimestamp(start - 24 * DAY_MS + f * 60_000),
      },
    });
  });
  return { forms, variables };
}
