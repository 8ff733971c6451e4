#!/usr/bin/env node
// Generates the protobufjs static modules (ES modules) and their typings in src/gen/ from
// proto/**/*.proto. Run through `npm run gen:proto`; CI checks the committed output is fresh.
//
// - src/gen/prompb.js: Prometheus's remote-read messages (proto/prompb/), with its own protobufjs
//   root. Only the tests load it, as the reference for the hand-written remote-read codec
//   (src/prometheus/remote-read.ts, prompb-decode.ts), which keeps protobufjs out of the workers.
// - src/gen/proto.js: everything else (the Thanos APIs, loaded by the main thread).
//
// `--copy` (run by `npm run build` after tsc) copies the generated .js into dist/src/gen/: tsc
// type-checks against the .d.ts files but does not emit .js sources (allowJs is off).

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const genDir = join(root, 'src', 'gen');

/** proto/ files, sorted so the output does not depend on directory order. */
function protoFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...protoFiles(p));
    else if (e.name.endsWith('.proto')) out.push(p);
  }
  return out.sort();
}

const all = protoFiles(protoDir).map((p) => relative(root, p));
const isPrompb = (f) => f.startsWith(join('proto', 'prompb') + sep);
const MODULES = [
  { name: 'proto', root: 'default', files: all.filter((f) => !isPrompb(f)) },
  { name: 'prompb', root: 'prompb', files: all.filter(isPrompb) },
];

if (process.argv.includes('--copy')) {
  const dest = join(root, 'dist', 'src', 'gen');
  mkdirSync(dest, { recursive: true });
  for (const m of MODULES) copyFileSync(join(genDir, `${m.name}.js`), join(dest, `${m.name}.js`));
  process.exit(0);
}

function run(bin, args) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'protobufjs-cli', 'bin', bin), ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`gen-proto: ${bin} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

// ASCII only: one non-Latin-1 character makes V8 hold the whole module source as a two-byte
// string, and every isolate (the main thread and each worker) holds its own copy.
const header =
  '// generated - do not edit. Produced by `npm run gen:proto` (scripts/gen-proto.mjs,\n' +
  '// protobufjs-cli static-module) from proto/**/*.proto.\n';

mkdirSync(genDir, { recursive: true });
for (const m of MODULES) {
  const outJs = join(genDir, `${m.name}.js`);
  const outDts = join(genDir, `${m.name}.d.ts`);
  // int64/uint64 stay Long (protobufjs's dependency `long`): MaxInt64 and hashes exceed 2^53.
  // Services are left out: grpc-js gets hand-written service definitions.
  const pbjsArgs = ['-t', 'static-module', '-w', 'es6', '--dependency', 'protobufjs/minimal.js', '--no-service', '-p', 'proto', '-r', m.root];
  // pbts builds the typings (with the .proto comments as docs) from a commented module; the
  // module we ship has none: they were two thirds of its size, parsed and kept per isolate.
  const commented = join(genDir, `${m.name}.commented.tmp.js`);
  run('pbjs', [...pbjsArgs, '-o', commented, ...m.files]);
  run('pbts', ['-o', outDts, commented]);
  rmSync(commented);
  run('pbjs', [...pbjsArgs, '--no-comments', '-o', outJs, ...m.files]);
  for (const f of [outJs, outDts]) {
    const text = header + readFileSync(f, 'utf8');
    if (/[^\x00-\x7f]/.test(text)) {
      console.error(`gen-proto: ${relative(root, f)} is not ASCII (see the header note)`);
      process.exit(1);
    }
    writeFileSync(f, text);
  }
}
