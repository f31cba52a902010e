import type { LogFields, Logger } from '@imednet/orchestrator';
import type { Printer } from '../cli/context.ts';

/**
 * The logger handed to pipelines (and used by the orchestrator itself): warnings and errors
 * on stderr, debug and info only with --verbose (the orchestrator reports every study at
 * info level, which would bury the results); fields as compact JSON after the message.
 *
 * @throws never
 * @example
 * await executePipeline(client, pipeline, { logger: createPipelineLogger(out) });
 */
export function createPipelineLogger(out: Printer): Logger {
  const line = (level: string, message: string, fields?: LogFields): string => {
    const { studyKey, ...rest } = (fields ?? {}) as Record<string, unknown>;
    const where = typeof studyKey === 'string' ? `[${studyKey}] ` : '';
    const extra = Object.keys(rest).length > 0 ? ` ${safeJson(rest)}` : '';
    return `${level} ${where}${message}${extra}\n`;
  };
  return {
    debug: (message, fields) => out.verbose(line('debug', message, fields)),
    info: (message, fields) => out.verbose(line('info', message, fields)),
    warn: (message, fields) => out.error(line('warn', message, fields)),
    error: (message, fields) => out.error(line('error', message, fields)),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item) => (item instanceof Error ? item.message : item));
  } catch {
    return '[unprintable fields]';
  }
}
