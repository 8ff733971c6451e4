#!/usr/bin/env node
// Generates src/gen/proto.js (protobufjs static module, ES module) and src/gen/proto.d.ts from
// proto/**/*.proto. Run through `npm run gen:proto`; CI checks the committed output is fresh.
//
// `--copy` (run by `npm run build` after tsc) copies the generated .js into dist/src/gen/: tsc
// type-checks against proto.d.ts but does not emit .js sources (allowJs is off).

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const genDir = join(root, 'src', 'gen');
const outJs = join(genDir, 'proto.js');
const outDts = join(genDir, 'proto.d.ts');

if (process.argv.includes('--copy')) {
  const dest = join(root, 'dist', 'src', 'gen');
  mkdirSync(dest, { recursive: true });
  copyFileSync(outJs, join(dest, 'proto.js'));
  process.exit(0);
}

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

const files = protoFiles(protoDir).map((p) => relative(root, p));
// ASCII only: one non-Latin-1 character makes V8 hold the whole module source as a two-byte
// string, and every isolate (the main thread and each worker) holds its own copy.
const header =
  '// generated - do not edit. Produced by `npm run gen:proto` (scripts/gen-proto.mjs,\n' +
  '// protobufjs-cli static-module) from proto/**/*.proto.\n';

mkdirSync(genDir, { recursive: true });
// int64/uint64 stay Long (protobufjs's dependency `long`): MaxInt64 and hashes exceed 2^53.
// Services are left out: grpc-js gets hand-written service definitions.
const pbjsArgs = ['-t', 'static-module', '-w', 'es6', '--dependency', 'protobufjs/minimal.js', '--no-service', '-p', 'proto'];
// pbts builds the typings (with the .proto comments as docs) from a commented module; the module
// we ship has no comments: they were two thirds of its 1.6 MB, parsed and kept per isolate.
const commented = join(genDir, 'proto.commented.tmp.js');
run('pbjs', [...pbjsArgs, '-o', commented, ...files]);
run('pbts', ['-o', outDts, commented]);
rmSync(commented);
run('pbjs', [...pbjsArgs, '--no-comments', '-o', outJs, ...files]);
for (const f of [outJs, outDts]) writeFileSync(f, header + readFileSync(f, 'utf8'));
for (const f of [outJs, outDts]) {
  if (/[^\x00-\x7f]/.test(readFileSync(f, 'utf8'))) {
    console.error(`gen-proto: ${relative(root, f)} is not ASCII (see the header note)`);
    process.exit(1);
  }
}
