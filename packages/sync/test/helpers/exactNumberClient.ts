import type { Client } from '@imednet/core';
import type { Sandbox } from '@imednet/sandbox';
import { sandboxClient } from './sandboxClient.ts';

/** Raw JSON number text (digits a double cannot keep) per CM variable of one record. */
export type ExactValues = Readonly<Record<string, string>>;

/**
 * A sandbox client whose record pages carry raw JSON numbers a double cannot keep: each CM
 * record in `rewrite` (by record id, filled in by the test as it goes) gets those variables'
 * values replaced with the raw text. Only the wire is changed; the sandbox keeps its data.
 */
export function exactNumberClient(options: { recordsPerStudy?: number } = {}): {
  client: Client;
  sandbox: Sandbox;
  studyKey: string;
  rewrite: Map<number, ExactValues>;
} {
  const rewrite = new Map<number, ExactValues>();
  const { client, sandbox, studyKey } = sandboxClient(
    { seed: 5, recordsPerStudy: options.recordsPerStudy ?? 60 },
    async (request, response) => {
      if (!new URL(request.url).pathname.endsWith('/records') || !response.ok) return response;
      if (request.method !== 'GET' || rewrite.size === 0) return response;
      const body = await response.json();
      const marks = new Map<string, string>();
      for (const record of body.data as { recordId: number; recordData: {} }[]) {
        const values = rewrite.get(record.recordId);
        if (!values) continue;
        for (const [name, digits] of Object.entries(values)) {
          // Marks replaced by the raw digits below: JSON.stringify cannot write such numbers.
          const mark = `@@${record.recordId}-${name}@@`;
          marks.set(`"${mark}"`, digits);
          Object.assign(record.recordData, { [name]: mark });
        }
      }
      let text = JSON.stringify(body);
      for (const [mark, digits] of marks) text = text.replace(mark, digits);
      return new Response(text, { status: response.status, headers: response.headers });
    },
  );
  return { client, sandbox, studyKey, rewrite };
}
