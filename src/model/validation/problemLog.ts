/**
 * Collects the problems of one validation: each with its JSON path and, for text, its range. The
 * schema check records where every path is, so the cross-reference checks, which only know paths
 * and the objects they read, can point into the text too.
 */
import type { SourceRange } from '../../foundation/types';
import { joinPath, type VNode } from './vnode';

export interface ScenarioProblem {
  /** JSON path of the offending value, e.g. `roles[2].trustPolicy`; '' is the whole document. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Where it is in the text; only when validating text. */
  range?: SourceRange;
}

/** Beyond this many problems the rest are counted, not listed: nobody reads 100 000 of them. */
export const MAX_PROBLEMS = 500;

export class ProblemLog {
  readonly problems: ScenarioProblem[] = [];
  private suppressed = { errors: 0, warnings: 0 };
  private readonly ranges = new Map<string, SourceRange>();
  /** Where each object of the result came from, so cross-reference checks can point at it. */
  private readonly origins = new WeakMap<object, string>();

  report(
    severity: ScenarioProblem['severity'],
    path: string,
    range: SourceRange | undefined,
    message: string,
  ): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.suppressed[severity === 'error' ? 'errors' : 'warnings']++;
      return;
    }
    const problem: ScenarioProblem = { path, message: `${path || 'The scenario'}: ${message}`, severity };
    if (range) problem.range = range;
    this.problems.push(problem);
  }

  error(path: string, node: VNode | undefined, message: string): void {
    this.report('error', path, node?.range, message);
  }

  /** Puts the problems reported since `from` in text order (problems without a range stay last). */
  sortFrom(from: number): void {
    const offset = (p: ScenarioProblem) => p.range?.start.offset ?? Number.POSITIVE_INFINITY;
    const sorted = this.problems.slice(from).sort((a, b) => offset(a) - offset(b));
    this.problems.splice(from, sorted.length, ...sorted);
  }

  errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length + this.suppressed.errors;
  }

  setRange(path: string, range: SourceRange): void {
    this.ranges.set(path, range);
  }

  /** For cross-reference checks, which only know paths: the range recorded while checking. */
  at(severity: ScenarioProblem['severity'], path: string, message: string): void {
    this.report(severity, path, this.ranges.get(path), message);
  }

  /** Records the path of every object and array in `value`, which sits at `path`. */
  rememberAll(value: unknown, path = ''): void {
    if (typeof value !== 'object' || value === null) return;
    this.origins.set(value, path);
    if (Array.isArray(value)) value.forEach((item, i) => this.rememberAll(item, `${path}[${i}]`));
    else for (const [key, item] of Object.entries(value)) this.rememberAll(item, joinPath(path, key));
  }

  pathOf(value: object): string {
    return this.origins.get(value) ?? '';
  }

  finish(): ScenarioProblem[] {
    const { errors, warnings } = this.suppressed;
    if (errors + warnings > 0) {
      this.problems.push({
        path: '',
        severity: errors > 0 ? 'error' : 'warning',
        message: `The scenario: ${errors + warnings} more problems (${errors} errors, ${warnings} warnings) are not listed`,
      });
    }
    return this.problems;
  }
}
