import { engineVersion, parsePolicy } from '../engine';
import type { Handlers, MethodName } from './protocol';

/** What the worker does for each method: plain functions of plain data, testable in Node. */
export const handlers: Handlers = {
  hello: () => ({ engine: engineVersion, methods: Object.keys(handlers) as MethodName[] }),
  lintPolicy: ({ text, kind }) => {
    const { policy, diagnostics } = parsePolicy(text, kind);
    return { diagnostics, statementCount: policy?.statements.length ?? 0 };
  },
};
