import { PluginLoadError } from '../errors/PluginLoadError.ts';
import type { PluginFactory } from '../types.ts';
import { describeType } from './describeType.ts';

/**
 * The factory a plugin module exports: its default export, else a named `createWorkflows`.
 * A default export that is not a function is accepted only when `createWorkflows` is one.
 */
export function pickFactory(module: unknown, specifier: string): PluginFactory {
  const exports = (typeof module === 'object' && module !== null ? module : {}) as {
    default?: unknown;
    createWorkflows?: unknown;
  };
  if (typeof exports.default === 'function') return exports.default as PluginFactory;
  if (typeof exports.createWorkflows === 'function')
    return exports.createWorkflows as PluginFactory;
  const found = exports.default ?? exports.createWorkflows;
  if (found === undefined) {
    throw new PluginLoadError({
      reason: 'no-factory',
      source: specifier,
      message:
        `The module "${specifier}" has no default export and no named export createWorkflows; ` +
        'a workflows plugin exports a function (client) => namespace as one of them',
    });
  }
  throw new PluginLoadError({
    reason: 'not-a-function',
    source: specifier,
    message:
      `The workflows plugin exported by "${specifier}" is ${describeType(found)}, not a function ` +
      '(client) => namespace',
  });
}
