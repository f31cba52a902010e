import type { PageContext, PageModel } from './types.ts';

/**
 * One record's revisions: who changed it, when, and why (the audit trail), oldest first.
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await revisionsPage(context, 1001);
 */
export async function revisionsPage(context: PageContext, recordId: number): Promise<PageModel> {
  const { source, studyKey, signal } = context;
  const revisions = await source.listRecordRevisions(studyKey, recordId, signal);
  const rows = [...revisions]
    .sort((a, b) => (a.recordRevision ?? 0) - (b.recordRevision ?? 0))
    .map((r) => ({
      recordRevision: r.recordRevision,
      dateCreated: r.dateCreated,
      user: r.user,
      role: r.role,
      reasonForChange: r.reasonForChange,
      recordStatus: r.recordStatus,
      deleted: r.deleted,
    }));
  return {
    title: `Record ${recordId}: revisions`,
    ...(rows.length ? {} : { notice: 'No revision of this record is on file.' }),
    sections: [
      {
        caption: `${rows.length} revisions of record ${recordId}: who, when and why`,
        table: {
          id: 'revisions',
          title: `Revisions of record ${recordId}`,
          columns: [
            { name: 'recordRevision', type: 'integer', label: 'Revision' },
            { name: 'dateCreated', type: 'timestamp', label: 'When (UTC)' },
            { name: 'user', type: 'string', label: 'Who' },
            { name: 'role', type: 'string', label: 'Role' },
            { name: 'reasonForChange', type: 'string', label: 'Why' },
            { name: 'recordStatus', type: 'string', label: 'Status' },
            { name: 'deleted', type: 'boolean', label: 'Deleted' },
          ],
          rows,
        },
      },
    ],
  };
}
