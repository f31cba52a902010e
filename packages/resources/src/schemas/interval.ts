import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { list } from '../codecs/list.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/** A form scheduled in an interval; all fields optional in the spec, so `T | null`. */
export interface IntervalForm {
  formId: number | null;
  formKey: string | null;
  formName: string | null;
}

/**
 * An interval (visit definition). `intervalId` is always present: it is the id `getInterval`
 * matches on, so an interval without it is a validation error. Every other field is optional
 * in the spec: `T | null`.
 */
export interface Interval {
  intervalId: number;
  studyKey: string | null;
  intervalName: string | null;
  intervalDescription: string | null;
  intervalSequence: number | null;
  intervalGroupId: number | null;
  intervalGroupName: string | null;
  timeline: string | null;
  definedUsingInterval: string | null;
  windowCalculationForm: string | null;
  windowCalculationDate: string | null;
  actualDateForm: string | null;
  actualDate: string | null;
  dueDateWillBeIn: number | null;
  negativeSlack: number | null;
  positiveSlack: number | null;
  eproGracePeriod: number | null;
  forms: IntervalForm[] | null;
  disabled: boolean | null;
  dateCreated: Date | null;
  dateModified: Date | null;
}

const IntervalFormSchema = /* @__PURE__ */ v.looseObject({
  formId: integer(),
  formKey: text(),
  formName: text(),
});

/** Decodes an {@link Interval}; unknown fields are kept. */
export const IntervalSchema = /* @__PURE__ */ v.looseObject({
  intervalId: integerId(),
  studyKey: text(),
  intervalName: text(),
  intervalDescription: text(),
  intervalSequence: integer(),
  intervalGroupId: integer(),
  intervalGroupName: text(),
  timeline: text(),
  definedUsingInterval: text(),
  windowCalculationForm: text(),
  // A variable name, not a date: the name misleads, the spec says so.
  windowCalculationDate: text(),
  actualDateForm: text(),
  actualDate: text(),
  dueDateWillBeIn: integer(),
  negativeSlack: integer(),
  positiveSlack: integer(),
  eproGracePeriod: integer(),
  forms: list(IntervalFormSchema),
  disabled: boolean(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
});
