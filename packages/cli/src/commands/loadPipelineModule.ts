import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PipelineModuleError } from '../errors/PipelineModuleError.ts';

/**
 * Imports a pipeline module (a path, relative to `cwd`) and returns its default export,
 * the pipeline `(studyKey, client, { logger, signal }) => result`.
 *
 * @throws PipelineModuleError when the module cannot be imported or its default export is
 *   not a function
 * @example
 * const pipeline = await loadPipelineModule('./count-subjects.mjs', process.cwd());
 */
export async function loadPipelineModule(
  path: string,
  cwd: string,
): Promise<(...args: never[]) => unknown> {
  const url = pathToFileURL(resolve(cwd, path)).href;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    const hint = /\.(c|m)?ts$/.test(path)
      ? ' (Node 20 runs JavaScript: compile it, or use a .mjs file)'
      : '';
    throw new PipelineModuleError(`cannot import ${path}: ${(error as Error).message}${hint}`, {
      cause: error,
    });
  }
  if (typeof module.default !== 'function') {
    throw new PipelineModuleError(
      `${path} must export a pipeline function as default: export default async (studyKey, client, { signal }) => ...`,
    );
  }
  return module.default as (...args: never[]) => unknown;
}
