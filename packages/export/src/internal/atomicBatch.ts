import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary names for a set of output files that appear under their final names only
 * together, at the end: `commit` renames them all, `discard` removes them. Temporary names
 * are hidden (`.name.<random>.tmp`) and sit beside the target so the rename stays on one
 * file system and is atomic.
 */
export interface AtomicBatch {
  /** A temporary path for the target; the target is written there until commit. */
  add(target: string): string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export function createAtomicBatch(): AtomicBatch {
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
    // Each entry leaves the list only once renamed, so a failed rename still lets
    // `discard` remove the temporary files not yet moved.
    async commit() {
      while (pending.length > 0) {
        const { target, temp } = pending[0]!;
        await rename(temp, target);
        pending.shift();
      }
    },
    async discard() {
      const entries = pending.splice(0);
      // A database may have left its journal or WAL beside the temporary file.
      const paths = entries.flatMap(({ temp }) => [temp, `${temp}-journal`, `${temp}.wal`]);
      await Promise.all(paths.map((path) => rm(path, { force: true })));
    },
  };
}

/**
 * Runs `write` against a temporary path and renames it onto `target` only if it succeeds;
 * on failure or abort the temporary file is removed and the error rethrown.
 */
export async function writeAtomically<T>(
  target: string,
  write: (tempPath: string) => Promise<T>,
): Promise<T> {
  const batch = createAtomicBatch();
  const temp = batch.add(target);
  try {
    const result = await write(temp);
    await batch.commit();
    return result;
  } catch (error) {
    await batch.discard();
    throw error;
  }
}
