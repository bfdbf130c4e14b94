// The same measurement as tests/bench/age_bench.cpp with the reference TypeScript implementation
// (npm age-encryption) under Node, for a side-by-side ratio.
import { randomBytes } from 'node:crypto';
import { Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';

const megabytes = Number(process.argv[2] || 50);
const runs = Number(process.argv[3] || 3);
const payload = new Uint8Array(randomBytes(megabytes << 20));
const identity = await generateIdentity();
const recipient = await identityToRecipient(identity);
let encrypt = Infinity, decrypt = Infinity;
for (let i = 0; i < runs; i++) {
  const e = new Encrypter();
  e.addRecipient(recipient);
  let start = performance.now();
  const sealed = await e.encrypt(payload);
  encrypt = Math.min(encrypt, (performance.now() - start) / 1000);
  const d = new Decrypter();
  d.addIdentity(identity);
  start = performance.now();
  const opened = await d.decrypt(sealed);
  decrypt = Math.min(decrypt, (performance.now() - start) / 1000);
  if (opened.length !== payload.length) process.exit(1);
}
console.log(`megabytes=${megabytes}\nencrypt_mb_s=${(megabytes / encrypt).toFixed(1)}\ndecrypt_mb_s=${(megabytes / decrypt).toFixed(1)}`);
