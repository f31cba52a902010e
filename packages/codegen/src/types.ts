/** One variable of a form, as the generator reads it. */
export interface VariableMetadata {
  /** The key of the variable in `recordData` (`variableName`). */
  readonly name: string;
  /** `variableType` trimmed and in capitals: `TEXT`, `RADIO`, `NUMBER`, ... */
  readonly type: string;
  readonly label: string | null;
  readonly disabled: boolean;
}

/** One form with its variables, in their order on the form. */
export interface FormMetadata {
  readonly formKey: string;
  readonly formName: string | null;
  readonly formType: string | null;
  readonly disabled: boolean;
  readonly variables: readonly VariableMetadata[];
}

/** What a generated module is made from: a study's forms and variables. */
export interface StudyMetadata {
  readonly studyKey: string;
  readonly studyName: string | null;
  /** The latest `dateModified` of the study, its forms and variables (null when none has one). */
  readonly modifiedAt: Date | null;
  /** Sorted by form key. */
  readonly forms: readonly FormMetadata[];
}

/** One difference between a generated module and the live study. */
export type StudyChange =
  | { readonly kind: 'formAdded' | 'formRemoved'; readonly formKey: string }
  | {
      readonly kind: 'variableAdded' | 'variableRemoved';
      readonly formKey: string;
      readonly variableName: string;
      readonly type: string;
    }
  | {
      readonly kind: 'variableRetyped';
      readonly formKey: string;
      readonly variableName: string;
      readonly from: string;
      readonly to: string;
    };
