/** The few text styles the CLI uses; each is identity when colour is off. */
export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const identity = (text: string): string => text;

/**
 * Returns ANSI styles when `enabled`, or plain identity functions otherwise.
 *
 * @throws never
 * @example
 * const c = createColors(process.stderr.isTTY === true);
 * process.stderr.write(c.red('error') + '\n');
 */
export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    return {
      bold: identity,
      dim: identity,
      red: identity,
      green: identity,
      yellow: identity,
      cyan: identity,
    };
  }
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
  };
}
