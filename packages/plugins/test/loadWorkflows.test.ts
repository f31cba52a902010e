import { createClient, isImednetError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import {
  definePlugin,
  isPluginLoadError,
  isWorkflowsNamespace,
  loadWorkflows,
  PluginLoadError,
  type WorkflowsNamespace,
} from '../src/index.ts';

const API_KEY = 'api-key-7f3a9c';
const SECURITY_KEY = 'security-key-2b8e4d';
const client = createClient({ apiKey: API_KEY, securityKey: SECURITY_KEY });
const fixture = (name: string) => new URL(`./fixtures/${name}.mjs`, import.meta.url).href;

/** Runs `load` and returns the PluginLoadError it rejects with (fails the test otherwise). */
async function failure(load: () => Promise<unknown>): Promise<PluginLoadError> {
  const error = await load().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPluginLoadError(error), `expected a PluginLoadError, got ${String(error)}`).toBe(true);
  expect(error).toBeInstanceOf(PluginLoadError);
  expect(isImednetError(error)).toBe(true);
  return error as PluginLoadError;
}

const members = () => {
  const m = { ping: () => 'pong' };
  return {
    dataExtraction: m,
    queryManagement: m,
    recordMapper: m,
    recordUpdate: m,
    subjectData: m,
  };
};

describe('loadWorkflows with a factory', () => {
  it('calls the factory with the client, unchanged, and returns its namespace', async () => {
    const seen: unknown[] = [];
    const ns = await loadWorkflows(client, (c) => {
      seen.push(c);
      return { ...members(), reports: { count: () => 3 } };
    });
    expect(seen).toEqual([client]);
    expect(seen[0]).toBe(client);
    expect(ns.reports?.count()).toBe(3);
    expect(isWorkflowsNamespace(ns)).toBe(true);
  });

  it('awaits a factory that returns a promise', async () => {
    const ns = await loadWorkflows(client, async () => members());
    expect(ns.subjectData.ping?.()).toBe('pong');
  });

  it('wraps a factory that throws, keeps the cause and never prints the keys', async () => {
    const cause = new Error(`rejected ${API_KEY} and ${SECURITY_KEY}`);
    const error = await failure(() =>
      loadWorkflows(client, () => {
        throw cause;
      }),
    );
    expect(error.reason).toBe('factory-threw');
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('threw');
    expect(error.message).not.toContain(API_KEY);
    expect(error.message).not.toContain(SECURITY_KEY);
  });

  it('refuses a result without the five members and names the missing ones', async () => {
    const error = await failure(() =>
      loadWorkflows(client, () => ({ dataExtraction: {}, queryManagement: {} }) as never),
    );
    expect(error.reason).toBe('invalid-namespace');
    expect(error.message).toContain('recordMapper, recordUpdate, subjectData');
    expect(error.message).not.toContain('dataExtraction');
  });

  it('refuses a result that is not an object', async () => {
    const error = await failure(() => loadWorkflows(client, () => null as never));
    expect(error.reason).toBe('invalid-namespace');
    expect(error.message).toContain('null');
  });

  it('refuses a source that is neither a function nor a specifier', async () => {
    const error = await failure(() => loadWorkflows(client, 42 as never));
    expect(error.reason).toBe('not-a-function');
    expect(error.message).toContain('number');
  });
});

describe('loadWorkflows with a module specifier', () => {
  it('uses the default export', async () => {
    const ns = await loadWorkflows(client, fixture('goodDefault'));
    expect(isWorkflowsNamespace(ns)).toBe(true);
    const call = ns.dataExtraction.extract as unknown as (...a: unknown[]) => {
      client: unknown;
      args: unknown[];
    };
    expect(call('S1')).toEqual({ client, args: ['S1'] });
    expect(ns.extra).toBeDefined();
  });

  it('uses a named createWorkflows when there is no default export', async () => {
    const ns = await loadWorkflows(client, fixture('goodNamed'));
    expect((ns.recordUpdate.call as unknown as () => unknown)()).toBe(client);
  });

  it('reports a missing module with the cause and a hint', async () => {
    const missing = fixture('doesNotExist');
    const error = await failure(() => loadWorkflows(client, missing));
    expect(error.reason).toBe('module-not-found');
    expect(error.source).toBe(missing);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain('Check the path');
  });

  it('reports a missing package with the command that installs it', async () => {
    const error = await failure(() => loadWorkflows(client, '@acme/imednet-plugin-missing/sub'));
    expect(error.reason).toBe('module-not-found');
    expect(error.message).toContain('npm install @acme/imednet-plugin-missing');
    expect(error.cause).toBeDefined();
  });

  it('reports a module with no default export and no createWorkflows', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('noFactory')));
    expect(error.reason).toBe('no-factory');
    expect(error.message).toContain('createWorkflows');
  });

  it('reports a default export that is not a function', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('notAFunction')));
    expect(error.reason).toBe('not-a-function');
    expect(error.message).toContain('an object');
  });

  it('reports a module factory that throws', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('factoryThrows')));
    expect(error.reason).toBe('factory-threw');
    expect((error.cause as Error).message).toBe('factory failed on purpose');
  });

  it('reports a module factory whose result lacks members', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('partial')));
    expect(error.reason).toBe('invalid-namespace');
    expect(error.message).toContain('recordUpdate, subjectData');
  });

  it('reports a module that throws while loading as an import failure', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('throwsOnImport')));
    expect(error.reason).toBe('import-failed');
    expect((error.cause as Error).message).toContain('module evaluation failed');
  });

  it('does not call a plugin missing when only its own dependency is missing', async () => {
    const error = await failure(() => loadWorkflows(client, fixture('importsMissing')));
    expect(error.reason).toBe('import-failed');
    expect(error.cause).toBeDefined();
  });
});

describe('loadWorkflows with no source', () => {
  it('says how to install @imednet/workflows when it cannot be found', async () => {
    const notFound = Object.assign(new Error("Cannot find package '@imednet/workflows'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const asked: string[] = [];
    const error = await failure(() =>
      loadWorkflows(client, undefined, {
        importModule: (specifier) => {
          asked.push(specifier);
          return Promise.reject(notFound);
        },
      }),
    );
    expect(asked).toEqual(['@imednet/workflows']);
    expect(error.reason).toBe('not-installed');
    expect(error.cause).toBe(notFound);
    expect(error.message).toContain('npm install @imednet/workflows');
  });

  it('uses the module an injected importer returns', async () => {
    // Typed as the default plugin; this importer hands back another namespace.
    const ns: WorkflowsNamespace = await loadWorkflows(client, undefined, {
      importModule: async () => ({ default: () => members() }),
    });
    expect(ns.queryManagement.ping?.()).toBe('pong');
  });
});

describe('definePlugin and isWorkflowsNamespace', () => {
  it('returns the factory itself, so it can be loaded', async () => {
    const factory = (_c: unknown) => members();
    const plugin = definePlugin(factory);
    expect(plugin).toBe(factory);
    const ns: WorkflowsNamespace = await loadWorkflows(client, plugin);
    expect(ns.recordMapper.ping?.()).toBe('pong');
  });

  it('refuses a non-function', () => {
    expect(() => definePlugin('nope' as never)).toThrow(PluginLoadError);
  });

  it('checks the shape', () => {
    expect(isWorkflowsNamespace(members())).toBe(true);
    expect(isWorkflowsNamespace({ ...members(), subjectData: undefined })).toBe(false);
    expect(isWorkflowsNamespace({ ...members(), recordMapper: 'x' })).toBe(false);
    expect(isWorkflowsNamespace(null)).toBe(false);
    expect(isWorkflowsNamespace('dataExtraction')).toBe(false);
  });
});
