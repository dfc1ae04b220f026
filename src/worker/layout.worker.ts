/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { fromElkGraph, toElkGraph } from './layout/elkGraph';
import type { LayoutMethods } from './protocol';
import { serve } from './serve';

const elk = new ELK();

// elkjs's bundled build installs its own onmessage when loaded in a worker; serve() replaces it.
serve<LayoutMethods>(self, {
  layout: async (request) => fromElkGraph(await elk.layout(toElkGraph(request))),
});
