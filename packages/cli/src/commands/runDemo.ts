import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { exportStudy } from '@imednet/export';
import { listStudies } from '@imednet/resources';
import type { CliContext } from '../cli/context.ts';
import { formatErrorLine } from '../cli/formatError.ts';
import { createSandboxClient } from '../client/createCliClient.ts';
import { renderTable } from '../output/renderTable.ts';
import { countStudy, registerDemoSubject, type StudyCounts } from './demoSteps.ts';
import { runOverStudies } from './runOverStudies.ts';

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runDemo(context);
 */
export async function runDemo(context: CliContext): Promise<number> {
  const outOption = context.options.out;
  const folder = resolve(
    context.io.cwd,
    typeof outOption === 'string' ? outOption : 'imednet-demo',
  );
  const shown = relative(context.io.cwd, folder) || '.';
  const display = shown.startsWith('..') ? folder : `./${shown}`;
  // The tour is the command's result on a terminal; with --json it moves to stderr.
  const say = (text: string): void => {
    if (context.format === 'table') context.out.data(text);
    else context.out.info(text);
  };
  const { bold, dim, green } = context.format === 'table' ? context.outColors : context.colors;
  const started = Date.now();
  const { client, close } = await createSandboxClient(context, { seed: 1, jobDurationMs: 300 });
  try {
    say(
      `${bold('imednet demo')}: a tour on an in-process sandbox (generated data, no credentials, no network)\n\n`,
    );

    say(`${bold('1. Studies')}  ${dim('imednet studies list')}\n`);
    const studies = await listStudies(client, undefined, { signal: context.signal });
    say(
      indent(
        renderTable(
          ['studyKey', 'studyName', 'studyType'],
          studies as unknown as Record<string, unknown>[],
        ),
      ),
    );
    const studyKey = studies[0]?.studyKey;
    if (studyKey == null) throw new Error('the sandbox has no study');

    say(
      `\n${bold(`2. Export ${studyKey}`)}  ${dim(`imednet export ${studyKey} --format csv --by-form --out ${display}/${studyKey}`)}\n`,
    );
    const exportOptions = { byForm: true, labels: false, signal: context.signal };
    const csv = await exportStudy(client, studyKey, {
      ...exportOptions,
      format: 'csv',
      out: join(folder, studyKey),
    });
    say(
      `   ${csv.rows} rows in ${csv.files.length} CSV files (one per form) under ${display}/${studyKey}/\n`,
    );
    let sqliteRows: number | null = null;
    try {
      const sqlite = await exportStudy(client, studyKey, {
        ...exportOptions,
        format: 'sqlite',
        out: join(folder, `${studyKey}.sqlite`),
      });
      sqliteRows = sqlite.rows;
      say(
        `   ${sqlite.rows} rows in ${sqlite.tables.length} tables of ${display}/${studyKey}.sqlite\n`,
      );
    } catch (error) {
      if (context.signal.aborted) throw error;
      // SQLite needs a native module; the tour goes on without it.
      say(`   (SQLite skipped: ${formatErrorLine(error)})\n`);
    }

    say(
      `\n${bold('3. Register a subject')}  ${dim(`imednet records create ${studyKey} --file new-subject.json --wait`)}\n`,
    );
    const registration = await registerDemoSubject(client, studyKey, context.signal);
    say(
      `   form ${registration.formKey} at site "${registration.siteName}": job ${registration.batchId} ` +
        `${green(registration.state || 'finished')} after ${registration.waitedMs} ms; ` +
        `new subject ${registration.subjectKey ?? '(not listed yet)'}\n`,
    );

    say(
      `\n${bold('4. A pipeline over every study')}  ${dim('imednet pipeline run ./count.mjs')}\n`,
    );
    const results = await runOverStudies(context, client, countStudy, { concurrency: 3 });
    const table = results.map((row) => ({
      studyKey: row.studyKey,
      outcome: row.outcome,
      ...((row.data as StudyCounts | null) ?? {}),
      seconds: row.durationSeconds.toFixed(2),
    }));
    say(
      indent(
        renderTable(['studyKey', 'outcome', 'subjects', 'records', 'queries', 'seconds'], table),
      ),
    );
    const failed = results.filter((row) => row.outcome !== 'SUCCESS');
    if (failed.length > 0)
      throw new Error(`the pipeline failed for ${failed.map((row) => row.studyKey).join(', ')}`);

    const files = await listFiles(folder);
    say(`\n${bold('Files')} in ${display}/:\n`);
    say(
      indent(
        renderTable(
          ['file', 'bytes'],
          files.map((file) => ({ file: relative(folder, file.path), bytes: file.size })),
        ),
      ),
    );
    say(
      `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Next: ${bold('imednet sandbox')} serves this data on ` +
        `127.0.0.1 for any client; ${bold('imednet --help')} lists every command.\n`,
    );
    if (context.format !== 'table') {
      const summary = {
        folder,
        studies: studies.map((study) => study.studyKey),
        export: { studyKey, csvRows: csv.rows, csvFiles: csv.files, sqliteRows },
        registration,
        pipeline: results,
        files: files.map((file) => ({ path: file.path, bytes: file.size })),
      };
      context.out.data(
        context.format === 'json'
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `${JSON.stringify(summary)}\n`,
      );
    }
    return 0;
  } finally {
    close();
  }
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '   ');
}

async function listFiles(folder: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  const paths = files.map((entry) => join(entry.parentPath ?? entry.path, entry.name)).sort();
  return Promise.all(paths.map(async (path) => ({ path, size: (await stat(path)).size })));
}
