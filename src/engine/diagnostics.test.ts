import { describe, expect, it } from 'vitest';
import { diagnosticCodes, type DiagnosticKey } from './diagnostics';
import { TRIGGERS, triggerDiagnostics } from './diagnosticTriggers.testkit';

describe('diagnostic registry', () => {
  it('has unique, stable-looking codes', () => {
    const all = Object.values(diagnosticCodes).map((d) => d.code);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^TS[1-6]\d{3}$/);
  });

  it('has a trigger for every code', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual(Object.keys(diagnosticCodes).sort());
  });

  it.each(Object.keys(TRIGGERS))('%s is reported', (key) => {
    const { code, severity } = diagnosticCodes[key as DiagnosticKey];
    const diagnostics = triggerDiagnostics(key as DiagnosticKey);
    const found = diagnostics.find((d) => d.code === code);
    expect(found, JSON.stringify(diagnostics.map((d) => d.code))).toBeDefined();
    expect(found?.severity).toBe(key === 'POLICY_TOO_LARGE' ? 'error' : severity);
    expect(found?.message.length).toBeGreaterThan(10);
  });
});
