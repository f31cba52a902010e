import type { CommandSpec, OptionSpec } from '../cli/commandSpec.ts';
import type { ListResource } from './listResource.ts';

const FILTER_OPTION: OptionSpec = {
  type: 'string',
  multiple: true,
  valueName: '<expr>',
  description:
    "a condition in the API's grammar, e.g. siteId==5 or 'dateCreated>2024-01-01'; several are ANDed",
};

const LIST_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  sort: { type: 'string', valueName: '<field[,ASC|DESC]>', description: 'sort by a field' },
  limit: {
    type: 'string',
    valueName: '<n>',
    description: 'stop after n items (fetches no further page)',
  },
};

/**
 * Builds the `<resource> list [studyKey]` command of one resource: it streams the items
 * page by page into the chosen output format.
 *
 * @throws never (the command's run throws API and usage errors)
 * @example
 * const command = defineListCommand({ word: 'sites', noun: 'sites', perStudy: true,
 *   tableColumns: ['siteId', 'siteName'], iterate: 'iterateSites' });
 */
export function defineListCommand(resource: ListResource): CommandSpec {
  const path = [resource.word, 'list'];
  return {
    path,
    summary: resource.perStudy
      ? `list the ${resource.noun} of a study`
      : `list the ${resource.noun}`,
    arguments: resource.perStudy
      ? [{ name: 'studyKey', required: true, description: 'the study key, e.g. MY-STUDY' }]
      : [],
    options: {
      ...(resource.filterable === false ? {} : { filter: FILTER_OPTION }),
      ...LIST_OPTIONS,
      ...resource.extraOptions,
    },
    examples: [
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --limit 10`,
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --json --sort ${resource.sortExample ?? 'dateCreated,DESC'}`,
    ],
    run: async (context) => (await import('./runList.ts')).runList(context, resource),
  };
}
