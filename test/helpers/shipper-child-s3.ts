// Child process for the S3 crash-safety test: ships <tsdb> to the S3 bucket an objstore config file
// describes (moto_server or MinIO behind the recording proxy), so the parent can `kill -9` it at
// random points mid-upload. Like shipper-child.ts it journals each meta.json put, and a put of a
// meta.json that is already in the bucket (a block shipped twice) as DUPLICATE. Exits 0 with DONE
// once every block is shipped.
//   node shipper-child-s3.js <tsdbPath> <objstoreConfigFile> <journalFile>
import { appendFileSync } from 'node:fs';
import { loadObjstoreConfig, openBucket } from '../../src/objstore/index.js';
import { Shipper } from '../../src/shipper/shipper.js';
import { sleep, WrappedBucket } from './shipper-buckets.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const [tsdbPath, configFile, journal] = process.argv.slice(2);
const config = await loadObjstoreConfig({ configFile });
if (config === undefined) throw new Error(`${configFile}: no bucket configured`);
// As the sidecar opens it: uploads on the background thread at nice 19 (killed with the process).
const s3 = await openBucket(config, { uploadConcurrency: 2, backgroundNice: 19 });
const bucket = new WrappedBucket(s3, {
  before: async (call) => {
    if (call.op === 'put' && call.key.endsWith('/meta.json') && (await s3.exists(call.key))) {
      appendFileSync(journal, `DUPLICATE ${call.key}\n`);
    }
  },
  afterWrite: (call) => {
    if (call.op === 'put' && call.key.endsWith('/meta.json')) appendFileSync(journal, `PUT ${call.key}\n`);
  },
});
const quiet = { info: () => {}, warn: () => {}, error: (m: string, f?: Record<string, unknown>) => process.stderr.write(`${m} ${JSON.stringify(f)}\n`) };
const shipper = new Shipper({ tsdbPath, bucket, externalLabels: () => ({ replica: 'crash-s3' }), logger: quiet, backoffBaseMs: 5, backoffMaxMs: 50 });

for (;;) {
  const r = await shipper.sync();
  if (r.error) throw r.error;
  if (!r.outcomes.some((o) => o.action !== 'uploaded' && o.action !== 'in-bucket')) break;
  await sleep(10);
}
const again = await shipper.sync();
if (again.outcomes.length !== 0) throw new Error(`not everything shipped: ${JSON.stringify(again.outcomes)}`);
appendFileSync(journal, 'DONE\n');
await bucket.close();
