/**
 * Worker thread that builds an HNSW graph while the main thread goes on embedding and building
 * the keyword index: graph construction is the longest single step of a large build, and
 * hnswlib inserts on one thread. Protocol: `{ vectors: Float32Array }` messages add points in
 * label order; `{ finish: file }` writes the index to `file` and answers `{ done: true }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HnswGraph, type HnswParameters } from './hnsw-graph.js';

interface Setup {
  dimension: number;
  capacity: number;
  parameters: HnswParameters;
}

type Message = { vectors: Float32Array } | { finish: string };

const setup = workerData as Setup;
const graph = new HnswGraph(setup.dimension, setup.capacity, setup.parameters);

parentPort?.on('message', (message: Message) => {
  try {
    if ('vectors' in message) {
      graph.addFlat(message.vectors);
    } else {
      graph.write(message.finish);
      parentPort?.postMessage({ done: true });
    }
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
