import { escapeHtml } from './escapeHtml.ts';

/** The six pages of a study, in the order of the navigation. */
export const PAGES = [
  { path: 'overview', name: 'Overview' },
  { path: 'queries', name: 'Queries' },
  { path: 'enrollment', name: 'Enrollment' },
  { path: 'sites', name: 'Sites' },
  { path: 'completeness', name: 'Completeness' },
  { path: 'records', name: 'Records' },
] as const;

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafafa}
header{background:#17324d;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}
nav ul{list-style:none;display:flex;gap:.3rem;margin:0;padding:0;flex-wrap:wrap}
nav a{display:block;padding:.3rem .7rem;border-radius:4px;text-decoration:none}
nav a[aria-current=page]{background:#fff;color:#17324d;font-weight:600}
main{padding:1rem 1.2rem;max-width:1100px}
.kpis{display:flex;gap:1rem;flex-wrap:wrap;padding:0;list-style:none}
.kpis li{background:#fff;border:1px solid #ccd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.kpis strong{display:block;font-size:1.6rem}
figure{background:#fff;border:1px solid #ccd;border-radius:6px;margin:1rem 0;padding:.8rem;overflow-x:auto}
figure:focus{outline:3px solid #1f6feb;outline-offset:2px}
figcaption{font-weight:600;margin-bottom:.4rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:14px}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #d0d4da;padding:.2rem .5rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#eef1f5}
.downloads a{margin-right:.8rem}
.notice{background:#fff3cd;border:1px solid #e0c36a;padding:.5rem .8rem;border-radius:4px}
form.filters{display:flex;gap:.8rem;flex-wrap:wrap;align-items:end}
form.filters label{display:flex;flex-direction:column;font-size:13px}
a:focus,button:focus,select:focus,input:focus{outline:3px solid #1f6feb;outline-offset:1px}
`;

/** What the frame around a page shows. */
export interface LayoutInput {
  readonly title: string;
  readonly body: string;
  /** The study whose pages the navigation lists, and which one is current. */
  readonly study?: { readonly key: string; readonly name: string; readonly page?: string };
}

/**
 * A whole HTML document: the study's navigation, then the page's body. No script: charts
 * are SVG drawn on the server.
 *
 * @throws never
 * @example
 * const html = renderLayout({ title: 'Studies', body: '<ul>...</ul>' });
 */
export function renderLayout(input: LayoutInput): string {
  const { study } = input;
  const nav = study
    ? `<nav aria-label="Study pages"><ul>${PAGES.map((p) => {
        const current = p.path === study.page ? ' aria-current="page"' : '';
        return `<li><a href="/studies/${encodeURIComponent(study.key)}/${p.path}"${current}>${p.name}</a></li>`;
      }).join('')}</ul></nav>`
    : '';
  const heading = study ? `<span>${escapeHtml(study.name)}</span>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(input.title)} · iMednet dashboard</title>
<style>${STYLE}</style></head>
<body><header><a href="/">Studies</a>${heading}${nav}</header>
<main><h1>${escapeHtml(input.title)}</h1>
${input.body}
</main></body></html>`;
}
