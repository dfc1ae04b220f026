/// <reference lib="webworker" />
import type { ELK } from 'elkjs/lib/elk-api';
import { fromElkGraph, toElkGraph } from './layout/elkGraph';
import { quickLayout } from './layout/quickLayout';
import type { LayoutMethods } from './protocol';
import { serve } from './serve';

let elk: Promise<ELK> | undefined;

/**
 * elkjs (1.6 MB) is loaded on the first ELK request only: a worker started to answer a quick layout
 * (after a cancel, or for a big graph) does not parse it first. Its bundled build installs its own
 * onmessage when the constructor first loads ELK's engine in a worker; ours is put back after it.
 */
function loadElk(): Promise<ELK> {
  elk ??= (async () => {
    const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
    const ours = self.onmessage;
    const instance = new Elk();
    self.onmessage = ours;
    return instance;
  })();
  return elk;
}

serve<LayoutMethods>(self, {
  layout: async (request) =>
    request.algorithm === 'quick'
      ? quickLayout(request)
      : fromElkGraph(await (await loadElk()).layout(toElkGraph(request))),
});
