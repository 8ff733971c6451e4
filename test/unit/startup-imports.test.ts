// What the sidecar process loads at start-up: the static import graph of the compiled entry
// point. Everything in it is parsed and kept in the heap for the life of the process, so modules
// only some configurations need (the AWS SDK and the shipper for uploads, the other commands) must
// be reached through dynamic import() only. Measured on the 1M-series block: leaving them out of
// the graph cut the idle sidecar's anonymous memory from 86 to 72 MiB.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const distSrc = fileURLToPath(new URL('../../src/', import.meta.url));

// `import … from 'x'`, `import 'x'` and `export … from 'x'` at the start of a line: the only
// forms tsc emits for static imports (type-only imports are erased). `import('x')` is dynamic.
const STATIC_IMPORT = /^(?:import|export)\s(?:[^'"();]*?\sfrom\s)?['"]([^'"]+)['"]/gm;

/** Modules reachable from `entry` through static imports: our files (relative to dist/src) and bare packages. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    const rel = relative(distSrc, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        const target = join(dirname(file), spec);
        assert.ok(existsSync(target), `${rel} imports ${spec}, which does not exist`);
        todo.push(target);
      } else if (!spec.startsWith('node:')) {
        // '@scope/name/sub' → '@scope/name'; 'name/sub' → 'name'.
        packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
      }
    }
  }
  return { files, packages };
}

test('the sidecar statically imports neither the objstore providers, the shipper, nor the other commands', () => {
  const { files, packages } = staticGraph(join(distSrc, 'main.js'));
  // The graph is what we think it is: main → (dynamic) sidecar is not followed, so check sidecar too.
  const sidecar = staticGraph(join(distSrc, 'sidecar.js'));
  for (const g of [files, sidecar.files]) {
    for (const f of ['objstore/s3.js', 'objstore/index.js', 'shipper/shipper.js', 'shipper/prometheus-flags.js', 'shipper/upload-command.js', 'tools/tsdb-dump.js', 'tools/tsdb-analyze.js']) {
      assert.ok(!g.has(f), `${f} is statically imported at start-up`);
    }
  }
  for (const p of [...packages, ...sidecar.packages]) assert.ok(!p.startsWith('@aws-sdk/'), `${p} is statically imported at start-up`);
  // Server reflection and the .proto parser it needs load on the first reflection call (store/reflection.ts).
  for (const p of ['@grpc/reflection', '@grpc/proto-loader']) assert.ok(!sidecar.packages.has(p), `${p} is statically imported at start-up`);
  // Sanity: the walk does follow imports (the gRPC server and the query executor are needed).
  assert.ok(sidecar.files.has('store/server.js') && sidecar.files.has('query/executor-pool.js'), [...sidecar.files].join(' '));
  assert.ok(sidecar.packages.has('@grpc/grpc-js'));
});

test('the objstore entry point loads the AWS SDK only when an S3 bucket is opened', () => {
  const { files, packages } = staticGraph(join(distSrc, 'objstore', 'index.js'));
  assert.ok(!files.has('objstore/s3.js'));
  assert.ok(![...packages].some((p) => p.startsWith('@aws-sdk/')), [...packages].join(' '));
  // The S3 path still exists, as a dynamic import.
  assert.match(readFileSync(join(distSrc, 'objstore', 'index.js'), 'utf8'), /import\('\.\/s3\.js'\)/);
});

test('the query worker loads neither generated protobuf code, nor the TS engine, nor a YAML parser', () => {
  // Each worker isolate parses and keeps what it imports. A native worker encodes remote-read
  // requests by hand (prometheus/remote-read.ts), never runs the TS engine (engine/load.ts imports it
  // only when it is chosen) and never reads Prometheus's config (prometheus/config-yaml.ts).
  const { files, packages } = staticGraph(join(distSrc, 'query', 'worker.js'));
  for (const f of ['gen/prompb.js', 'gen/proto.js', 'engine/ts/index.js', 'engine/ts/query/matchers.js', 'prometheus/config-yaml.js']) {
    assert.ok(!files.has(f), `query/worker.js reaches ${f}`);
  }
  for (const p of ['protobufjs', 'yaml', 're2js']) assert.ok(!packages.has(p), `query/worker.js reaches the package ${p}`);
  // Sanity: the walk follows the worker's imports (remote read and the native engine are needed).
  assert.ok(files.has('prometheus/remote-read.js') && files.has('engine/native.js'), [...files].join(' '));
  // The TS engine is still there for the worker that runs it, as a dynamic import.
  assert.match(readFileSync(join(distSrc, 'engine', 'load.js'), 'utf8'), /import\('\.\/ts\/index\.js'\)/);
});

test('the main thread loads the TS engine only when it is chosen, and no second protobuf runtime for health', () => {
  const { files, packages } = staticGraph(join(distSrc, 'sidecar.js'));
  assert.ok(!files.has('engine/ts/index.js'), 'sidecar.js reaches engine/ts/index.js');
  // grpc-health-check parses gRPC's health.proto with @grpc/proto-loader at import; store/health.ts
  // serves the same protocol with our generated code.
  assert.ok(!packages.has('grpc-health-check'), 'sidecar.js reaches grpc-health-check');
  assert.ok(files.has('store/health.js'), [...files].join(' '));
});
