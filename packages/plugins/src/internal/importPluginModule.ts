import { WORKFLOWS_PACKAGE } from '../constants.ts';
import { PluginLoadError } from '../errors/PluginLoadError.ts';
import { isModuleNotFound, packageNameOf } from './isModuleNotFound.ts';

/** Loads a module by specifier; the default is the runtime's own dynamic `import()`. */
export type ImportModule = (specifier: string) => Promise<unknown>;

/**
 * Imports a plugin module and turns every failure into a PluginLoadError with the cause kept.
 * The specifier is passed through a variable on purpose: bundlers then leave the optional
 * peer alone instead of failing the build when it is not installed.
 */
export async function importPluginModule(
  specifier: string,
  importModule: ImportModule = dynamicImport,
): Promise<unknown> {
  try {
    return await importModule(specifier);
  } catch (cause) {
    if (isModuleNotFound(cause, specifier)) {
      if (specifier === WORKFLOWS_PACKAGE) {
        throw new PluginLoadError(
          {
            reason: 'not-installed',
            source: specifier,
            message:
              `The workflows plugin ${WORKFLOWS_PACKAGE} is not installed. Install it with ` +
              `"npm install ${WORKFLOWS_PACKAGE}" (or "pnpm add ${WORKFLOWS_PACKAGE}"), or pass a ` +
              'plugin factory: loadWorkflows(client, createWorkflows)',
          },
          { cause },
        );
      }
      throw new PluginLoadError(
        {
          reason: 'module-not-found',
          source: specifier,
          message: `The workflows plugin module "${specifier}" was not found. ${installHint(specifier)}`,
        },
        { cause },
      );
    }
    throw new PluginLoadError(
      {
        reason: 'import-failed',
        source: specifier,
        message: `The workflows plugin module "${specifier}" failed to load: ${messageOf(cause)}`,
      },
      { cause },
    );
  }
}

function dynamicImport(specifier: string): Promise<unknown> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);
}

/** A bare package name can be installed; a path or URL can only be checked. */
function installHint(specifier: string): string {
  if (/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier)) return 'Check the path.';
  return `Install it with "npm install ${packageNameOf(specifier)}" or check the name.`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
