/// <reference lib="webworker" />
import { handlers } from './handlers';
import { serve } from './serve';

serve(self as unknown as DedicatedWorkerGlobalScope, handlers);
