import { DAY_MS, formatTimestamp } from '../dates.ts';
import { type FormDef, IDS, type IntervalDef, type StudyContext } from './studyBase.ts';
import { INTERVALS } from './templates.ts';

/** The study's intervals, with their forms; visited ones get a visit index. */
export function generateIntervals(
  { s, key, start }: StudyContext,
  formsByKey: ReadonlyMap<string, FormDef>,
): IntervalDef[] {
  const intervals: IntervalDef[] = [];
  let visitIndex = 0;
  INTERVALS.forEach((template, k) => {
    const intervalId = IDS.interval(s) + k + 1;
    const due = template.dueDays > 0;
    const vitals = template.forms.includes('VS');
    intervals.push({
      template,
      intervalId,
      visitIndex: template.visited ? visitIndex++ : -1,
      item: {
        studyKey: key,
        intervalId,
        intervalName: template.name,
        intervalDescription: template.description,
        intervalSequence: template.sequence,
        intervalGroupId: IDS.interval(s) + (template.group === 'Treatment' ? 100 : 200),
        intervalGroupName: template.group,
        timeline: due ? 'Due Date' : 'None',
        definedUsingInterval: due ? 'Screening' : '',
        windowCalculationForm: due ? 'Registration' : '',
        windowCalculationDate: due ? 'REGDT' : '',
        actualDateForm: vitals ? 'Vital Signs' : '',
        actualDate: vitals ? 'VSDT' : '',
        dueDateWillBeIn: template.dueDays,
        negativeSlack: template.slack,
        positiveSlack: template.slack,
        eproGracePeriod: 0,
        forms: template.forms.map((fk) => {
          const form = formsByKey.get(fk)!;
          return { formId: form.formId, formKey: fk, formName: form.template.name };
        }),
        disabled: template.disabled ?? false,
        dateCreated: formatTimestamp(start - 23 * DAY_MS + k * 60_000),
        dateModified: formatTimestamp(start - 22 * DAY_MS + k * 60_000),
      },
    });
  });
  return intervals;
}
