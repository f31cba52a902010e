import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `codegen`: writes a study's typed module (types, valibot schemas and constants per form)
 * or, with --check, lists what changed in the study since a module was written.
 *
 * @throws never
 * @example
 * const command = createCodegenCommand();
 */
export function createCodegenCommand(): CommandSpec {
  return {
    path: ['codegen'],
    summary: "write a study's forms as a typed TypeScript module; --check lists what changed since",
    details:
      'The module has, per form, a recordData type, a valibot schema and constants for the form\n' +
      'key and variable names (see @imednet/codegen). Without --out it is written to stdout.\n' +
      '--check exits 1 and lists forms and variables added, removed or retyped when the live\n' +
      'study no longer matches the module, 0 when it still does.',
    arguments: [{ name: 'studyKey', required: true, description: 'the study' }],
    options: {
      out: { type: 'string', valueName: '<file.ts>', description: 'write the module to this file' },
      check: {
        type: 'string',
        valueName: '<file.ts>',
        description: 'compare this generated module with the live study instead',
      },
      'generated-at': {
        type: 'string',
        valueName: '<date>',
        description: "date for the header (default: the metadata's latest dateModified)",
      },
    },
    examples: [
      'imednet codegen PHARMADEMO --out src/pharmademo.ts',
      'imednet codegen PHARMADEMO --check src/pharmademo.ts',
    ],
    run: async (context) => (await import('./runCodegen.ts')).runCodegen(context),
  };
}
