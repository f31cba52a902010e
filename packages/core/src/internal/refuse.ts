import { InvalidInputError } from '../errors/InvalidInputError.ts';

/**
 * Throws the InvalidInputError of one bad field: the one path of every input check (filters,
 * sort, paging, method), so its wording is written once, in InvalidInputError.
 */
export function refuse(field: string, message: string): never {
  throw new InvalidInputError({ details: [{ field, message }] });
}
