/**
 * The one-line message the CLI prints for a runtime error: the error's message with line
 * breaks folded, its code in front when it has one, and a hint for missing or refused keys.
 *
 * @throws never
 * @example
 * formatErrorLine(new Error('boom')); // 'boom'
 */
export function formatErrorLine(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = withAllReasons(
    error instanceof Error ? error.message : String(error),
    code === 'JOB_FAILED' ? (error as { reasons?: unknown }).reasons : undefined,
  ).replace(/\s*[\r\n]+\s*/g, ' ');
  const prefix =
    typeof code === 'string' && code !== '' && !message.startsWith(code) ? `${code}: ` : '';
  // Core speaks of its option; the CLI's is a flag.
  const text = message.replace(/\ballowInsecure\b/g, '--allow-insecure');
  return `${prefix}${text}${hintFor(code, message)}`;
}

/**
 * A failed job's message names only its first reasons (`...: a; b; c (+2 more)`); a person
 * at the command line needs every reason the server gave.
 */
function withAllReasons(message: string, reasons: unknown): string {
  if (!Array.isArray(reasons) || reasons.length === 0) return message;
  const at = message.indexOf(`: ${String(reasons[0])}`);
  const head = at < 0 ? message : message.slice(0, at);
  return `${head}: ${reasons.map(String).join('; ')}`;
}

function hintFor(code: unknown, message: string): string {
  if (code === 'UNAUTHORIZED') return ' (check IMEDNET_API_KEY and IMEDNET_SECURITY_KEY)';
  if (code === 'FORBIDDEN') return ' (no permission, or an unknown study key)';
  if (code === 'CONFIGURATION_ERROR' && /missing/i.test(message)) {
    return ' (set IMEDNET_API_KEY and IMEDNET_SECURITY_KEY in the environment or .env, or try --sandbox)';
  }
  return '';
}

/**
 * The stack of an error and of each error in its `cause` chain, for --debug.
 *
 * @throws never
 * @example
 * process.stderr.write(formatErrorDetails(error));
 */
export function formatErrorDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    const text =
      current instanceof Error
        ? (current.stack ?? `${current.name}: ${current.message}`)
        : String(current);
    parts.push(depth === 0 ? text : `Caused by: ${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return `${parts.join('\n')}\n`;
}
