// Imported first by each worker module the sidecar starts: applies young-generation.ts's setting
// again once this thread has started (a worker's start puts V8's flags back), before the rest of
// the worker's modules load.
import { holdYoungGeneration } from './young-generation.js';

holdYoungGeneration();
