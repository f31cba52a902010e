import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { calendarDate } from '../codecs/calendarDate.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A visit (one subject's instance of an interval). `visitId` is always present: it is the id
 * `getVisit` matches on, so a visit without it is a validation error. Every other field is
 * optional in the spec: `T | null`. `startDate`, `endDate`, `dueDate` and `visitDate` are
 * calendar dates and stay `'YYYY-MM-DD'` strings: turning them into instants would invent a
 * time zone.
 */
export interface Visit {
  visitId: number;
  studyKey: string | null;
  intervalId: number | null;
  intervalName: string | null;
  subjectId: number | null;
  subjectKey: string | null;
  startDate: string | null;
  endDate: string | null;
  dueDate: string | null;
  visitDate: string | null;
  visitDateForm: string | null;
  visitDateQuestion: string | null;
  deleted: boolean | null;
  dateCreated: Date | null;
  dateModified: Date | null;
}

/** Decodes a {@link Visit}; unknown fields are kept. */
export const VisitSchema = /* @__PURE__ */ v.looseObject({
  visitId: integerId(),
  studyKey: text(),
  intervalId: integer(),
  intervalName: text(),
  subjectId: integer(),
  subjectKey: text(),
  startDate: calendarDate(),
  endDate: calendarDate(),
  dueDate: calendarDate(),
  visitDate: calendarDate(),
  visitDateForm: text(),
  visitDateQuestion: text(),
  deleted: boolean(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
});
