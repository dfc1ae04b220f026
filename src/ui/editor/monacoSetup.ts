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
import { policySchema, policySchemaUri } from './policySchema';
import { registerPolicyProviders } from './policyProviders';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Without this, @monaco-editor/react fetches Monaco from a CDN: nothing may leave the page.
loader.config({ monaco });

// The schema gives completion of element names, enum values and condition operators, and hover text.
// Its validation is off ('ignore'): the engine's markers (owner 'trustscope') already judge every
// document, and two squiggles for one mistake help nobody. JSON syntax errors are still reported.
// Model URIs keep the '/' of ARNs (…%3Arole/Name%23inline/…), hence the '**' pattern as well.
json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemaValidation: 'ignore',
  schemas: [
    {
      uri: policySchemaUri,
      fileMatch: ['trustscope://documents/*', 'trustscope://documents/**'],
      schema: policySchema,
    },
  ],
});

// Actions, resource ARNs and condition keys from the AWS service reference, loaded per service.
registerPolicyProviders(monaco);

/** A handle for end-to-end tests and the curious: drive the editor through its model API. */
(window as unknown as { trustscope?: { monaco: typeof monaco } }).trustscope = { monaco };

export { monaco };
