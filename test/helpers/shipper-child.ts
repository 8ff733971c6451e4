// Child process for the shipper crash-safety test: ships <tsdb> to a FILESYSTEM bucket through a
// slow bucket, so the parent can `kill -9` it at random points mid-upload. It journals each
// completed meta.json put, and a put of a meta.json that is already in the bucket (a block shipped
// twice) as DUPLICATE. Exits 0 with DONE once every block is shipped.
//   node shipper-child.js <tsdbPath> <bucketDir> <journalFile>
import { appendFileSync } from 'node:fs';
import { FilesystemBucket } from '../../src/objstore/filesystem.js';
import { Shipper } from '../../src/shipper/shipper.js';
import { sleep, WrappedBucket } from './shipper-buckets.js';

const [tsdbPath, bucketDir, journal] = process.argv.slice(2);
const fsBucket = new FilesystemBucket(bucketDir);
const bucket = new WrappedBucket(fsBucket, {
  before: async (call) => {
    if (call.op === 'uploadFile' || call.op === 'put') await sleep(5 + Math.random() * 40);
    if (call.op === 'put' && call.key.endsWith('/meta.json') && (await fsBucket.exists(call.key))) {
      appendFileSync(journal, `DUPLICATE ${call.key}\n`);
    }
  },
  // Journalled once the write completed: a kill between the two hooks leaves no PUT line, and the
  // restarted shipper's put of the same meta.json is then its first completed write.
  afterWrite: (call) => {
    if (call.op === 'put' && call.key.endsWith('/meta.json')) appendFileSync(journal, `PUT ${call.key}\n`);
  },
});
const quiet = { info: () => {}, warn: () => {}, error: (m: string, f?: Record<string, unknown>) => process.stderr.write(`${m} ${JSON.stringify(f)}\n`) };
const shipper = new Shipper({ tsdbPath, bucket, externalLabels: () => ({ replica: 'crash' }), logger: quiet, backoffBaseMs: 5 });

for (;;) {
  const r = await shipper.sync();
  if (r.error) throw r.error;
  if (!r.outcomes.some((o) => o.action !== 'uploaded' && o.action !== 'in-bucket')) break;
  await sleep(10);
}
const again = await shipper.sync();
if (again.outcomes.length !== 0) throw new Error(`not everything shipped: ${JSON.stringify(again.outcomes)}`);
appendFileSync(journal, 'DONE\n');
