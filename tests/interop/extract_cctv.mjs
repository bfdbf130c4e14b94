// Writes the official age test vectors (npm cctv-age, C2SP/CCTV) to build/test-data/cctv-age as
// <name>.age (the file, decompressed) and <name>.json (expect, payload hash, identities,
// passphrases, armored), for the doctest suite that runs them natively and in wasm.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

import * as vectors from 'cctv-age';

const out = fileURLToPath(new URL('../../build/test-data/cctv-age', import.meta.url));
mkdirSync(out, { recursive: true });
let count = 0;
for (const [name, bytes] of Object.entries(vectors)) {
  if (name === 'default' || !(bytes instanceof Uint8Array)) continue;
  const buffer = Buffer.from(bytes);
  const split = buffer.indexOf('\n\n');
  const meta = { name, identities: [], passphrases: [], armored: false };
  let compressed = false;
  for (const line of buffer.subarray(0, split).toString('utf8').split('\n')) {
    const colon = line.indexOf(': ');
    const key = line.slice(0, colon), value = line.slice(colon + 2);
    if (key === 'expect') meta.expect = value;
    else if (key === 'payload') meta.payload = value;
    else if (key === 'identity') meta.identities.push(value);
    else if (key === 'passphrase') meta.passphrases.push(value);
    else if (key === 'armored') meta.armored = value === 'yes';
    else if (key === 'compressed') compressed = value === 'zlib';
    else if (key === 'comment') meta.comment = value;
  }
  let file = buffer.subarray(split + 2);
  if (compressed) file = inflateSync(file);
  writeFileSync(join(out, `${name}.age`), file);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(meta, null, 1));
  count++;
}
console.log(`wrote ${count} age test vectors to ${out}`);
