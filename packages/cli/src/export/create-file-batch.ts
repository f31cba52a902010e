import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Files written under temporary names that appear under their real names only together. */
export interface FileBatch {
  /** A hidden temporary path beside `target`, to write `target`'s content to. */
  add(target: string): string;
  /** Renames every temporary file onto its target. */
  commit(): Promise<void>;
  /** Removes every temporary file (after a failure or Ctrl-C). */
  discard(): Promise<void>;
}

/**
 * Creates a batch of output files that appear only when the whole export succeeded: a
 * failed or interrupted export leaves no partial file (and an older file at the target
 * stays as it was). Temporary files sit beside their targets, so each rename is atomic.
 *
 * @throws never (commit and discard reject on file-system errors)
 * @example
 * const batch = createFileBatch();
 * await writeFile(batch.add('out/AE.csv'), text);
 * await batch.commit();
 */
export function createFileBatch(): FileBatch {
  const pending: { target: string; temp: string }[] = [];
  return {
    add(target) {
      const temp = join(
        dirname(target),
        `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      pending.push({ target, temp });
      return temp;
    },
    async commit() {
      for (const { target, temp } of pending.splice(0)) await rename(temp, target);
    },
    async discard() {
      await Promise.all(pending.splice(0).map(({ temp }) => rm(temp, { force: true })));
    },
  };
}
