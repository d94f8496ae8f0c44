/**
 * The HTML document around every report: one file, inline CSS and scripts, a
 * Content-Security-Policy that forbids any network fetch, so the page opens
 * from disk anywhere and cannot leak anything when it does.
 */
import { escapeHtml, scriptSafe } from './escapeHtml.ts';
import { readAsset } from './readAsset.ts';

export interface PageParts {
  title: string;
  /** Extra CSS after the shared base. */
  css?: string;
  body: string;
  /** Inline scripts run at the end of body, in order. */
  scripts?: string[];
  /** Raw blocks put before the scripts (e.g. JSON data, image maps). */
  tail?: string;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

export function renderPage(parts: PageParts): string {
  const scripts = (parts.scripts ?? []).map((s) => `<script>${scriptSafe(s)}</script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="MAPLE report">
<title>${escapeHtml(parts.title)}</title>
<style>${readAsset('base.css')}${parts.css ?? ''}</style>
</head>
<body>
${parts.body}
${parts.tail ?? ''}
${scripts}
</body>
</html>
`;
}
