export type { GenerateStudyModuleOptions } from './generateStudyModule.ts';
export { generateStudyModule } from './generateStudyModule.ts';
export type { FormRecord, FormRecordFilters } from './iterateFormRecords.ts';
export { iterateFormRecords } from './iterateFormRecords.ts';
export { readStudyMetadata } from './readStudyMetadata.ts';
export type { RenderOptions } from './renderStudyModule.ts';
export { renderStudyModule } from './renderStudyModule.ts';
export type { FormMetadata, StudyMetadata, VariableMetadata } from './types.ts';
