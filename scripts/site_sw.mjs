// Fills in the service worker's precache list and version: every file of the built site, and a
// hash of their contents, so any change to the app is a new version and a new cache.
//   node scripts/site_sw.mjs SITE_DIR TEMPLATE (web/sw.js)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [site, templatePath] = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(site, path).split('\\').join('/'));
  }
})(site);
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(site, file)));
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...files.filter((f) => f !== 'index.html')];
const template = readFileSync(templatePath, 'utf8');
writeFileSync(join(site, 'sw.js'), template.replace('__CASELOAD_VERSION__', version)
  .replace('__CASELOAD_FILES__', JSON.stringify(precache, null, 2)));
console.log(`service worker: ${precache.length} files, version ${version}`);
