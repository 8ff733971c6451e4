// src/prometheus/http.ts against a real node:http server on loopback: what callers relied on from
// fetch() (bodies in and out, the signal cancelling each phase, timeouts named as such, a short
// body detected), and that it never loads undici (fetch's engine), which a control child does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { describeFetchError, requestSignal } from '../../src/prometheus/client.js';
import { httpFetch } from '../../src/prometheus/http.js';

let server: Server;
let base = '';
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }[] = [];

function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/echo') {
    res.writeHead(201, { 'content-type': 'application/x-test', 'x-multi': ['a', 'b'] });
    res.end(body);
  } else if (path === '/slow-headers') {
    setTimeout(() => res.end('late'), 2000).unref();
  } else if (path === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first part;');
    setTimeout(() => res.end('second part'), 2000).unref();
  } else if (path === '/short') {
    res.writeHead(200, { 'content-length': '100' });
    res.write('only 20 bytes here..');
    setTimeout(() => res.socket?.destroy(), 50);
  } else {
    res.writeHead(404);
    res.end('nope');
  }
}

before(async () => {
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(parts)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('POST: the body arrives byte for byte with its length and headers; status, headers and body come back', async () => {
  const payload = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
  const res = await httpFetch(new URL(`${base}/echo`), { method: 'POST', headers: { 'Content-Type': 'application/x-stream-protobuf' }, body: payload.subarray(1000) });
  assert.equal(res.status, 201);
  assert.equal(res.ok, true);
  assert.equal(res.headers.get('Content-Type'), 'application/x-test');
  assert.equal(res.headers.get('x-multi'), 'a, b');
  assert.equal(res.headers.get('x-absent'), null);
  const parts: Uint8Array[] = [];
  for await (const c of res.body) parts.push(c);
  assert.deepEqual(new Uint8Array(Buffer.concat(parts)), payload.subarray(1000));
  const req = seen.at(-1)!;
  assert.equal(req.method, 'POST');
  assert.equal(req.headers['content-length'], String(payload.length - 1000));
  assert.equal(req.headers['content-type'], 'application/x-stream-protobuf');
});

test('GET: a non-2xx status is an answer, not an error', async () => {
  const res = await httpFetch(new URL(`${base}/missing`), { method: 'GET' });
  assert.equal(res.status, 404);
  assert.equal(res.ok, false);
  assert.equal(await res.text(), 'nope');
});

test('the signal aborts before the headers (AbortError) and a timeout is a TimeoutError, described as such', async () => {
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  await assert.rejects(httpFetch(new URL(`${base}/slow-headers`), { method: 'GET' }, ac.signal), { name: 'AbortError' });
  const err = await httpFetch(new URL(`${base}/slow-headers`), { method: 'GET' }, requestSignal(50)).then(
    () => assert.fail('resolved'),
    (e: unknown) => e,
  );
  assert.equal((err as Error).name, 'TimeoutError');
  assert.equal(describeFetchError(err), 'timed out');
  await assert.rejects(httpFetch(new URL(`${base}/echo`), { method: 'GET' }, AbortSignal.abort()), { name: 'AbortError' });
});

test('the signal aborts a body being read; a body nobody reads is dropped without an error', async () => {
  const ac = new AbortController();
  const res = await httpFetch(new URL(`${base}/slow-body`), { method: 'GET' }, ac.signal);
  const got: string[] = [];
  await assert.rejects(
    (async () => {
      for await (const c of res.body) {
        got.push(Buffer.from(c).toString());
        ac.abort();
      }
    })(),
    { name: 'AbortError' },
  );
  assert.deepEqual(got, ['first part;']);
  // Aborted with the body unread: nothing is thrown anywhere (an uncaught error fails this file).
  const ac2 = new AbortController();
  await httpFetch(new URL(`${base}/slow-body`), { method: 'GET' }, ac2.signal);
  ac2.abort();
  await new Promise((r) => setTimeout(r, 100));
});

test('a body cut short by the server is an error, not a quiet end', async () => {
  const res = await httpFetch(new URL(`${base}/short`), { method: 'GET' });
  await assert.rejects(res.text());
});

test('connection refused names its code', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  await assert.rejects(httpFetch(new URL(`http://127.0.0.1:${port}/`), { method: 'GET' }), (e: unknown) => /ECONNREFUSED/.test(describeFetchError(e)));
});

test('an exchange does not load undici (fetch does, in the control child)', () => {
  const moduleUrl = new URL('../../src/prometheus/http.js', import.meta.url).href;
  const run = (useFetch: boolean) => {
    const script = `
      import { createServer } from 'node:http';
      const { httpFetch } = await import(${JSON.stringify(moduleUrl)});
      const s = createServer((q, r) => r.end('ok'));
      await new Promise((res) => s.listen(0, '127.0.0.1', res));
      const url = 'http://127.0.0.1:' + s.address().port + '/';
      const text = ${useFetch} ? await (await fetch(url)).text() : await (await httpFetch(new URL(url), { method: 'GET' })).text();
      s.closeAllConnections(); s.close();
      console.log(JSON.stringify({ text, undici: process.moduleLoadList.some((m) => m.includes('undici')) }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim()) as { text: string; undici: boolean };
  };
  assert.deepEqual(run(false), { text: 'ok', undici: false });
  assert.deepEqual(run(true), { text: 'ok', undici: true });
});
