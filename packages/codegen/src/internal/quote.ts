/**
 * A string literal as the house formatter (biome, single quotes) writes it: single quotes
 * unless the text holds more single than double quotes; control and line-separator
 * characters escaped so that a label can never end a line or a comment early.
 */
export function quote(text: string): string {
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  const mark = singles > doubles ? '"' : "'";
  let out = mark;
  for (const char of text) {
    if (char === mark || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(char)) {
      out += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return out + mark;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key: bare when it is an identifier, quoted otherwise (`'AE TERM'`, `'1ST'`). */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** Text safe inside a `/** ... *\/` comment on one line. */
export function commentText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\*\//g, '*\\/')
    .trim();
}
