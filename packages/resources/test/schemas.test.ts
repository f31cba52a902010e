import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CodingSchema,
  FormSchema,
  IntervalSchema,
  QuerySchema,
  RecordRevisionSchema,
  RecordSchema,
  SiteSchema,
  StudySchema,
  SubjectSchema,
  UserSchema,
  VariableSchema,
  VisitSchema,
} from '../src/index.ts';
import { listEnvelope } from './spec.ts';

const cases = [
  ['Studies', StudySchema, 'studyKey'],
  ['Sites', SiteSchema, 'siteId'],
  ['Subjects', SubjectSchema, 'subjectKey'],
  ['Forms', FormSchema, 'formId'],
  ['Intervals', IntervalSchema, 'intervalId'],
  ['Variables', VariableSchema, 'variableId'],
  ['Visits', VisitSchema, 'visitId'],
  ['Records', RecordSchema, 'recordId'],
  ['RecordRevisions', RecordRevisionSchema, 'recordRevisionId'],
  ['Queries', QuerySchema, 'annotationId'],
  ['Users', UserSchema, 'userId'],
  ['Codings', CodingSchema, 'codingId'],
] as const;

describe.each(cases)('%s schema', (resource, schema, idField) => {
  const raw = () => listEnvelope(resource).data[0]!;

  it("decodes the spec's own example", () => {
    const item = v.parse(schema as v.GenericSchema, raw()) as Record<string, unknown>;
    expect(item[idField]).toBeDefined();
    // Users carry their dates in roles (checked below); every other example has timestamps.
    const timestamps = Object.values(item).filter((value) => value instanceof Date);
    expect(timestamps.length > 0).toBe(resource !== 'Users');
    for (const [key, value] of Object.entries(raw())) {
      const out = item[key];
      if (out instanceof Date) {
        // Every timestamp of the examples is the zone-less API form.
        expect(out).toEqual(new Date(`${String(value).replace(' ', 'T')}Z`));
      } else if (typeof value !== 'object' || value === null) {
        expect(out === null ? null : String(out)).toBe(value === null ? null : String(value));
      }
    }
  });

  it('keeps an unknown field and reads missing fields as null', () => {
    const item = v.parse(schema as v.GenericSchema, {
      [idField]: raw()[idField],
      brandNewField: { nested: [1, 2] },
    }) as Record<string, unknown>;
    expect(item.brandNewField).toEqual({ nested: [1, 2] });
    const others = Object.keys(raw()).filter((k) => k !== idField);
    expect(others.length).toBeGreaterThan(0);
    for (const key of others) expect(item[key]).toBeNull();
  });

  it('refuses an item without its id, naming the field', () => {
    const { [idField]: _, ...rest } = raw();
    const result = v.safeParse(schema, rest);
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues![0]!)).toBe(idField);
  });
});

describe('nested items of the spec examples', () => {
  it('decodes user roles, subject keywords, interval forms and query comments', () => {
    const user = v.parse(UserSchema, listEnvelope('Users').data[0]);
    expect(user.roles).toHaveLength(2);
    expect(user.roles?.[1]).toMatchObject({ communityId: 2, level: 2, inactive: false });
    expect(user.roles?.[0]?.dateCreated?.toISOString()).toBe('2025-06-05T21:12:07.625Z');
    const subject = v.parse(SubjectSchema, listEnvelope('Subjects').data[0]);
    expect(subject.keywords?.[0]?.dateAdded?.toISOString()).toBe('2025-06-05T21:12:09.000Z');
    expect(subject.keywords?.[0]?.keywordId).toBe(15362);
    const interval = v.parse(IntervalSchema, listEnvelope('Intervals').data[0]);
    expect(interval.forms).toEqual([
      { formId: 123, formKey: 'MY-FORM-KEY', formName: 'myFormName' },
    ]);
    const query = v.parse(QuerySchema, listEnvelope('Queries').data[0]);
    expect(query.type).toBeNull();
    expect(query.queryComments?.[0]?.closed).toBe(false);
    expect(query.queryComments?.[0]?.date?.toISOString()).toBe('2025-06-05T21:12:09.000Z');
    const visit = v.parse(VisitSchema, listEnvelope('Visits').data[0]);
    expect(visit).toMatchObject({
      startDate: '2025-06-05',
      dueDate: null,
      visitDate: '2025-06-07',
    });
  });
});

describe('drift', () => {
  it('reads numbers and booleans sent as strings, "" dates and booleans as null', () => {
    const form = v.parse(FormSchema, {
      formId: '12',
      revision: '3',
      disabled: 'false',
      eproForm: '1',
      allowCopy: '',
      embeddedLog: null,
      dateCreated: '',
      dateModified: null,
    });
    expect(form).toMatchObject({
      formId: 12,
      revision: 3,
      disabled: false,
      eproForm: true,
      allowCopy: null,
      embeddedLog: null,
      dateCreated: null,
      dateModified: null,
    });
  });

  it('keeps visit dates as calendar strings and "" as null', () => {
    const visit = v.parse(VisitSchema, { visitId: 1, startDate: '2025-06-05', dueDate: '' });
    expect(visit.startDate).toBe('2025-06-05');
    expect(visit.dueDate).toBeNull();
  });

  it('reads a coding id as a string whether sent as "C1" or 1', () => {
    expect(v.parse(CodingSchema, { codingId: 'C1' }).codingId).toBe('C1');
    expect(v.parse(CodingSchema, { codingId: 1 }).codingId).toBe('1');
  });

  it('decodes role date arrays and ISO timestamps', () => {
    const user = v.parse(UserSchema, {
      userId: 'u1',
      roles: [{ dateCreated: [2025, 6, 5, 21, 12, 7, 625000000], dateModified: [] }],
    });
    expect(user.roles?.[0]?.dateCreated?.toISOString()).toBe('2025-06-05T21:12:07.625Z');
    expect(user.roles?.[0]?.dateModified).toBeNull();
  });

  it('reports an unreadable nested value with its path and raw value', () => {
    const result = v.safeParse(SubjectSchema, {
      subjectKey: '01-001',
      keywords: [{ keywordId: 1 }, { keywordId: 'many' }],
    });
    expect(result.success).toBe(false);
    const issue = result.issues![0]!;
    expect(v.getDotPath(issue)).toBe('keywords.1.keywordId');
    expect(issue.input).toBe('many');
  });

  it('never replaces an unreadable value: not 0, not false, not now', () => {
    for (const [field, value] of [
      ['revision', 'three'],
      ['disabled', 'maybe'],
      ['dateCreated', 'last week'],
    ] as const) {
      const result = v.safeParse(FormSchema, { formId: 1, [field]: value });
      expect(result.success, field).toBe(false);
      expect(result.issues![0]!.input).toBe(value);
    }
  });

  it('keeps record data exactly as sent', () => {
    const record = v.parse(RecordSchema, {
      recordId: 1,
      recordData: { aeser: '', unvnum: '1', n: 2.5 },
    });
    expect(record.recordData).toEqual({ aeser: '', unvnum: '1', n: 2.5 });
  });

  it('never changes the object passed to v.parse (nested lists included)', () => {
    const input = {
      recordId: '7',
      deleted: 'true',
      dateCreated: '2025-06-05 21:12:09',
      keywords: [{ keywordId: '3', dateAdded: '2025-06-05 21:12:09' }],
      extra: { kept: 1 },
    };
    const before = structuredClone(input);
    const record = v.parse(RecordSchema, input);
    expect(input).toEqual(before);
    expect(record).not.toBe(input);
    expect(record.keywords).not.toBe(input.keywords);
    expect(record).toMatchObject({ recordId: 7, deleted: true, keywords: [{ keywordId: 3 }] });
    expect(record.dateCreated).toBeInstanceOf(Date);
    expect((record as unknown as { extra: unknown }).extra).toBe(input.extra);
  });
});
