import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Client, createClient } from '@imednet/core';
import { createSandbox, type Sandbox, type SandboxOptions } from '@imednet/sandbox';
import ts from 'typescript';
import type { GenericSchema } from 'valibot';

/** An in-process sandbox and a client wired to it. */
export function sandboxClient(options: SandboxOptions = {}): { sandbox: Sandbox; client: Client } {
  const sandbox = createSandbox({ recordsPerStudy: 60, jobDurationMs: 20, ...options });
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: sandbox.baseUrl,
    fetch: sandbox.fetch,
    allowInsecure: true,
  });
  return { sandbox, client };
}

/** One compiler error: file name (as given), 1-based line, code and text. */
export interface CompileError {
  file: string;
  line: number;
  code: number;
  message: string;
}

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Compiles the given files under `strict` with the TypeScript compiler API and returns every
 * error. The files go to a temporary folder inside the package, so that `valibot` and the
 * workspace packages resolve as they would in a project; the folder is removed afterwards.
 */
export function compile(
  files: Readonly<Record<string, string>>,
  extra: ts.CompilerOptions = {},
): CompileError[] {
  mkdirSync(join(PACKAGE_DIR, 'node_modules'), { recursive: true });
  const dir = mkdtempSync(join(PACKAGE_DIR, '.tmp-compile-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    const program = ts.createProgram(paths, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      customConditions: ['@imednet/source'],
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
      ...extra,
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const file = d.file ? d.file.fileName.slice(dir.length + 1) : '';
      const line =
        d.file && d.start !== undefined
          ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
          : 0;
      return {
        file,
        line,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A generated module loaded as code: its form objects by form key. */
export interface LoadedModule {
  STUDY_KEY: string;
  FORMS: readonly { formKey: string; schema: GenericSchema<unknown, Record<string, unknown>> }[];
}

/**
 * Writes a generated module to a temporary folder inside the package and imports it (vitest
 * compiles it), so that tests run its schemas; the folder is removed afterwards.
 */
export async function loadModule(source: string): Promise<LoadedModule> {
  const dir = mkdtempSync(join(PACKAGE_DIR, '.tmp-compile-'));
  try {
    const path = join(dir, 'study.ts');
    writeFileSync(path, source);
    return (await import(pathToFileURL(path).href)) as LoadedModule;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
