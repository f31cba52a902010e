import { describe, expect, it } from 'vitest';
import { PER_STUDY_RESOURCES, useSandboxCli } from '../helpers/sandboxCli.ts';

const { cli, json, served } = useSandboxCli(13);

type Item = Record<string, unknown>;
const studyKey = () => served().sandbox.studyKeys[0]!;

describe('<resource> get', () => {
  it.each(PER_STUDY_RESOURCES)(
    '%s get prints the item the list has, every field',
    async (word, idField) => {
      // Not the first item: a get that ignored the id and took the first would pass on it.
      const listed = await json<Item[]>([word, 'list', studyKey(), '--limit', '3']);
      const item = listed.at(-1)!;
      const got = await json<Item>([word, 'get', studyKey(), String(item[idField])]);
      expect(got).toEqual(item);
      const table = await cli([word, 'get', studyKey(), String(item[idField])]);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(new RegExp(`^${idField}\\s+${String(item[idField])}$`, 'm'));
    },
  );

  it('studies get takes the study key', async () => {
    const [study] = await json<Item[]>(['studies', 'list', '--limit', '1']);
    expect(await json<Item>(['studies', 'get', String(study!.studyKey)])).toEqual(study);
  });

  it('an id nothing has is a runtime error (exit 1, ITEM_NOT_FOUND); a non-integer id is bad usage (exit 2)', async () => {
    const missing = await cli(['records', 'get', studyKey(), '999999999']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^imednet: error: ITEM_NOT_FOUND: .*999999999/);
    const subject = await cli(['subjects', 'get', studyKey(), 'NO-SUCH-SUBJECT']);
    expect(subject.code).toBe(1);
    expect(subject.stderr).toMatch(/ITEM_NOT_FOUND/);
    const bad = await cli(['records', 'get', studyKey(), 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("recordId must be an integer, not 'abc'");
    const none = await cli(['records', 'get', studyKey()]);
    expect(none.code).toBe(2);
  });
});

describe('workflow commands', () => {
  it('queries counts and queries open agree with the full list', async () => {
    const all = await json<Item[]>(['queries', 'list', studyKey()]);
    const counts = await json<Record<string, number>>(['queries', 'counts', studyKey()]);
    const open = await json<Item[]>(['queries', 'open', studyKey()]);
    expect(counts.total).toBe(all.length);
    expect(counts.open! + counts.closed! + counts.unknown!).toBe(counts.total);
    expect(open.length).toBe(counts.open);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(all.length);
    const ids = new Set(all.map((query) => query.annotationId));
    for (const query of open) expect(ids.has(query.annotationId)).toBe(true);
    const table = await cli(['queries', 'counts', studyKey()]);
    expect(table.stdout).toMatch(new RegExp(`^open\\s+${counts.open}$`, 'm'));
  });

  it('subject-data: the subject with exactly its visits, records and queries', async () => {
    const [subject] = await json<Item[]>(['subjects', 'list', studyKey(), '--limit', '1']);
    const key = String(subject!.subjectKey);
    const data = await json<{ subject: Item; visits: Item[]; records: Item[]; queries: Item[] }>([
      'subject-data',
      studyKey(),
      key,
    ]);
    expect(data.subject).toEqual(subject);
    const records = await json<Item[]>([
      'records',
      'list',
      studyKey(),
      '--filter',
      `subjectKey==${key}`,
    ]);
    expect(data.records.map((r) => r.recordId).sort()).toEqual(
      records.map((r) => r.recordId).sort(),
    );
    expect(data.records.length).toBeGreaterThan(0);
    for (const part of [data.visits, data.records, data.queries])
      for (const item of part) expect(item.subjectKey).toBe(key);
    const table = await cli(['subject-data', studyKey(), key]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`records (${data.records.length})`);
    expect(table.stdout).toContain(`visits (${data.visits.length})`);
    const missing = await cli(['subject-data', studyKey(), 'NO-SUCH-SUBJECT']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ITEM_NOT_FOUND/);
  });

  it('audit-trail: every revision, or those in --from/--to and by --user', async () => {
    const all = await json<Item[]>(['audit-trail', studyKey()]);
    const revisions = await json<Item[]>(['record-revisions', 'list', studyKey()]);
    expect(all.length).toBe(revisions.length);
    const times = all.map((r) => Date.parse(String(r.dateCreated))).sort((a, b) => a - b);
    const from = new Date(times[Math.floor(times.length / 4)]!).toISOString();
    const to = new Date(times[Math.floor((times.length * 3) / 4)]!).toISOString();
    // A revision at --from itself (inclusive), so the choice is never empty.
    const user = String(
      all.find((r) => Date.parse(String(r.dateCreated)) === Date.parse(from))!.user,
    );
    const chosen = await json<Item[]>([
      'audit-trail',
      studyKey(),
      '--from',
      from,
      '--to',
      to,
      '--user',
      user,
    ]);
    const expected = all.filter((r) => {
      const t = Date.parse(String(r.dateCreated));
      return t >= Date.parse(from) && t < Date.parse(to) && r.user === user;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(chosen.map((r) => r.recordRevisionId)).toEqual(expected.map((r) => r.recordRevisionId));
    const bad = await cli(['audit-trail', studyKey(), '--from', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from must be an ISO 8601 date');
  });
});
