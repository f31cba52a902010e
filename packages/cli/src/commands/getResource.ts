// The get commands' shapes, in their own file so runGet and getCommands do not import each other.

/** The get functions of `@imednet/resources`, loaded only when a get command runs. */
export type GetName =
  | 'getStudy'
  | 'getSite'
  | 'getSubject'
  | 'getForm'
  | 'getInterval'
  | 'getVariable'
  | 'getVisit'
  | 'getRecord'
  | 'getRecordRevision'
  | 'getQuery'
  | 'getUser'
  | 'getCoding';

/** One `<resource> get` command: its word, its get function and the id it takes. */
export interface GetResource {
  readonly word: string;
  readonly noun: string;
  readonly get: GetName;
  /** The id argument's name; absent for studies (the study key is the id). */
  readonly id?: string;
  /** Ids that are integers in the API (read from the command line as such). */
  readonly numeric?: boolean;
  readonly example: string;
}
