/** A value a filter compares with. */
export type FilterScalar = string | number | boolean | Date;
/** Comparison operators of the filter grammar; `=~` (contains) only in `recordDataFilter`. */
export type FilterOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~';
/** A condition on one field: `==` a scalar, one comparison, an OR of values, or an AND range. */
export type FilterCondition =
  | FilterScalar
  | readonly [FilterOperator, FilterScalar]
  | readonly FilterScalar[]
  | readonly (readonly [FilterOperator, FilterScalar])[];
/** AND across keys; `undefined` values are skipped. */
export type FilterObject<Field extends string = string> = {
  [K in Field]?: FilterCondition | undefined;
};
/** An object filter, or a raw filter string passed through. */
export type Filters<Field extends string = string> = string | FilterObject<Field>;

/** Options of `buildFilter`. */
export interface BuildFilterOptions {
  /** Conditions added to every OR branch (the study-key rule of api-contract §2). */
  and?: Readonly<Record<string, FilterScalar>>;
  /** Allow `=~` (only `recordDataFilter` supports it). */
  allowContains?: boolean;
  /** Most OR branches after expansion; default 50. */
  maxBranches?: number;
  /** Longest filter string; default 4096. */
  maxLength?: number;
}

/** A sort: `'field,ASC'` or `{ field: 'ASC' }` (one field: the API takes one sort parameter). */
export type Sort = string | Readonly<Record<string, 'ASC' | 'DESC' | 'asc' | 'desc'>>;
