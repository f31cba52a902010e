export {
  FilterConflictError,
  type FilterConflictErrorInit,
  isFilterConflictError,
} from './errors/FilterConflictError.ts';
export {
  isOrchestratorError,
  OrchestratorError,
  type OrchestratorErrorCode,
  type OrchestratorErrorInit,
  type OrchestratorErrorReason,
} from './errors/OrchestratorError.ts';
export { type ExecutePipelineOptions, executePipeline } from './executePipeline.ts';
export {
  bindArgs,
  createInProcessExecutor,
} from './executors/createInProcessExecutor.ts';
export {
  checkPipelineRef,
  findNonJson,
  isPipelineRef,
  loadPipeline,
} from './executors/loadPipeline.ts';
export type { ExecutorRun, PipelineRef, StudyExecutor } from './executors/types.ts';
export type { StudySelection } from './internal/selectStudies.ts';
export type { LogFields, Logger } from './Logger.ts';
export { type ResolveStudiesOptions, resolveStudies } from './resolveStudies.ts';
export {
  type RunPipelineForStudyOptions,
  runPipelineForStudy,
} from './runPipelineForStudy.ts';
export type {
  Pipeline,
  PipelineContext,
  PipelineProgress,
  StudyOutcomeKind,
  StudyResult,
} from './types.ts';
