import { ImednetError, isImednetError } from '@imednet/core';

/**
 * A pipeline module that cannot be used (not importable, or no default function).
 *
 * @example
 * throw new PipelineModuleError('./p.mjs must export a pipeline function as default');
 */
export class PipelineModuleError extends ImednetError {
  override name = 'PipelineModuleError';
  override readonly code = 'PIPELINE_MODULE_ERROR' as const;
}

/**
 * Whether a value is a {@link PipelineModuleError}, by its brand and code so that it works across copies.
 *
 * @throws never
 * @example
 * if (isPipelineModuleError(error)) process.exitCode = 1;
 */
export function isPipelineModuleError(value: unknown): value is PipelineModuleError {
  return isImednetError(value, 'PIPELINE_MODULE_ERROR');
}
