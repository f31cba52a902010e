import * as resources from '@imednet/resources';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { writeObject } from '../output/writeObject.ts';
import type { GetName, GetResource } from './getResource.ts';

// Each get function takes its own id type; the CLI hands it the id it read (a number for
// integer ids), which is what each of them accepts.
type LooseGet = (client: unknown, ...args: unknown[]) => Promise<Record<string, unknown>>;
// The package's own exports are the table: a get command names its get function.
const GET = resources as unknown as Readonly<Record<GetName, LooseGet>>;

/**
 * Runs a `<resource> get` command: fetches one item and prints it with every field.
 *
 * @throws UsageError for an id that is not an integer where the API's are; ItemNotFoundError
 *   when no item has that id; API errors
 * @example
 * process.exitCode = await runGet(context, resource);
 */
export async function runGet(context: CliContext, resource: GetResource): Promise<number> {
  const [studyKey, given] = context.positionals as [string, string | undefined];
  const id = resource.numeric ? readInteger(given!, resource, context.commandPath) : given;
  const { client, close } = await createCliClient(context);
  try {
    const get = GET[resource.get];
    const options = { signal: context.signal };
    const item =
      id === undefined
        ? await get(client, studyKey, options)
        : await get(client, studyKey, id, options);
    writeObject(context.out, item, context.format, context.outColors);
    return 0;
  } finally {
    close();
  }
}

function readInteger(text: string, resource: GetResource, path: readonly string[]): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new UsageError({
      message: `${resource.id} must be an integer, not '${text}'`,
      commandPath: path,
    });
  }
  return Number(text);
}
