/**
 * Monaco's slim entry points (0.55+ layout): the core editor, its features, JSON and YAML only.
 * Importing 'monaco-editor' whole would emit every language worker. Loaded lazily with the editor.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import * as json from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Without this, @monaco-editor/react fetches Monaco from a CDN: nothing may leave the page.
loader.config({ monaco });

json.jsonDefaults.setDiagnosticsOptions({ validate: true, allowComments: false, enableSchemaRequest: false });

/** A handle for end-to-end tests and the curious: drive the editor through its model API. */
(window as unknown as { trustscope?: { monaco: typeof monaco } }).trustscope = { monaco };

export { monaco };
