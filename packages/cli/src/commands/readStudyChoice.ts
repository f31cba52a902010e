import type { CliContext } from '../cli/context.ts';
import { UsageError } from '../errors/UsageError.ts';

/**
 * The study a command works on: its positional study key, or every study with
 * `--all-studies`, never both and never neither.
 *
 * @throws UsageError when neither or both are given
 * @example
 * const { studyKey, all } = readStudyChoice(context);
 */
export function readStudyChoice(context: CliContext): {
  studyKey: string | undefined;
  all: boolean;
} {
  const commandPath = context.commandPath;
  const studyKey = context.positionals[0];
  const all = context.options['all-studies'] === true;
  if (studyKey === undefined && !all)
    throw new UsageError({ message: 'give a study key, or --all-studies', commandPath });
  if (studyKey !== undefined && all)
    throw new UsageError({ message: 'give a study key or --all-studies, not both', commandPath });
  return { studyKey, all };
}
