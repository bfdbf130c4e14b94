// The page's Content-Security-Policy allows exactly one inline stylesheet: the one embedded in
// the printable documents Caseload writes (assets/print/report.css), by its SHA-256. This module
// computes that source for the server's header, and (run as a script) writes the site's
// index.html with it: node scripts/site_csp.mjs web/index.html build/web/index.html
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stylesheet = fileURLToPath(new URL('../assets/print/report.css', import.meta.url));

export function printStyleSource() {
  return `'sha256-${createHash('sha256').update(readFileSync(stylesheet)).digest('base64')}'`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  const html = readFileSync(input, 'utf8');
  if (!html.includes("'sha256-PRINT_STYLES'")) throw new Error(`${input} has no 'sha256-PRINT_STYLES' placeholder`);
  writeFileSync(output, html.replace("'sha256-PRINT_STYLES'", printStyleSource()));
}
