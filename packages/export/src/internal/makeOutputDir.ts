import { mkdir } from 'node:fs/promises';
import { ExportError } from '../errors.ts';

/**
 * Creates the output folder (and its parents) or says, as an ExportError, why it cannot: a
 * file where a folder is needed (EEXIST, ENOTDIR), no permission. The fs error is the cause.
 */
export async function makeOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw outputError(dir, cause);
  }
}

/** An fs failure on an output path, as an ExportError naming the path and the reason. */
export function outputError(path: string, cause: unknown): ExportError {
  const code = (cause as { code?: unknown })?.code;
  const why =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? 'a file is in the way (a folder is needed there)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : String((cause as Error)?.message ?? cause);
  return new ExportError(`Cannot write the export to ${path}: ${why}`, { cause });
}
