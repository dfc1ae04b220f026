/**
 * `cli analyze` on two cores: a worker thread reads and prepares the same files and takes roles of
 * the AssumeRole phase as the main thread does, claim by claim (the engine's roleShare.ts says why
 * the answer is the same). The main thread blocks on the helper's edges with Atomics.wait and takes
 * them with receiveMessageOnPort, so the engine's run stays one synchronous call.
 * https://nodejs.org/docs/latest-v20.x/api/worker_threads.html#workerreceivemessageonportport
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { GraphEdge } from '../engine';
import { CLAIM, claimedCallerEdges, type RoleShare } from '../engine/graph/roleShare';
import { importFiles } from '../importers';

/** Marks the worker's data, so the bundle's entry knows it runs as the helper. */
export const HELPER = 'trustscope-analysis-helper';

export interface HelperData {
  kind: typeof HELPER;
  paths: string[];
  /** Int32: [NEXT] the next role to claim, [STATUS] the helper's progress. */
  state: SharedArrayBuffer;
  port: MessagePort;
}

const NEXT = 0;
const STATUS = 1;
/** Not started, preparing, claiming roles, edges posted; or shut out before it claimed any. */
const IDLE = 0;
const PREPARING = 1;
const CLAIMING = 2;
const POSTED = 3;
const SHUT = -1;

type Answer = { edges: GraphEdge[] } | { error: string };

/** The helper's side, in the worker: its edges, or why it has none, posted once. */
export function runHelper(data: HelperData, readFile: (path: string) => string): void {
  const state = new Int32Array(data.state);
  if (Atomics.compareExchange(state, STATUS, IDLE, PREPARING) !== IDLE) return;
  let answer: Answer;
  try {
    const { scenario } = importFiles(data.paths.map((path) => ({ name: path, text: readFile(path) })));
    const claim = () =>
      Atomics.load(state, STATUS) === SHUT ||
      (Atomics.load(state, STATUS) === PREPARING &&
        Atomics.compareExchange(state, STATUS, PREPARING, CLAIMING) !== PREPARING)
        ? Number.MAX_SAFE_INTEGER
        : Atomics.add(state, NEXT, CLAIM);
    answer = { edges: claimedCallerEdges(scenario, claim) };
  } catch (error) {
    answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  data.port.postMessage(answer);
  Atomics.store(state, STATUS, POSTED);
  Atomics.notify(state, STATUS);
}

/**
 * Starts the helper on `paths` (the bundle `entry` runs `runHelper` when its worker data says so)
 * and gives the main thread's side of the share.
 */
export function startHelper(entry: URL, paths: string[]): RoleShare {
  const buffer = new SharedArrayBuffer(8);
  const state = new Int32Array(buffer);
  const { port1, port2 } = new MessageChannel();
  const data: HelperData = { kind: HELPER, paths, state: buffer, port: port2 };
  // Unreferenced: a helper shut out while it still prepares does not keep the process alive.
  new Worker(entry, { workerData: data, transferList: [port2] }).unref();
  return {
    claim: () => Atomics.add(state, NEXT, CLAIM),
    theirs: () => {
      // A helper that has claimed nothing yet is told not to: the main thread has taken every role.
      for (const from of [IDLE, PREPARING])
        if (Atomics.compareExchange(state, STATUS, from, SHUT) === from) {
          port1.close();
          return [];
        }
      while (Atomics.load(state, STATUS) !== POSTED) Atomics.wait(state, STATUS, CLAIMING);
      const answer = receiveMessageOnPort(port1)?.message as Answer | undefined;
      port1.close();
      if (!answer) throw new Error('the analysis helper posted nothing');
      if ('error' in answer) throw new Error(`the analysis helper failed: ${answer.error}`);
      return answer.edges;
    },
  };
}
