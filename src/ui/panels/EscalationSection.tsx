import type { GraphEdge } from '../../engine';
import { fillCli, PROBE, techniqueOf } from '../../engine/pageIndex';
import { reasonText } from '../../i18n/reasonText';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import type { Replayed } from './useEdgeReplay';

/** The short name an AWS CLI call takes for what an ARN names: an instance id, a function name. */
function shortName(arn: string): string {
  if (arn.includes(':function:')) return arn.slice(arn.indexOf(':function:') + ':function:'.length);
  if (arn.includes(':instance/')) return arn.slice(arn.lastIndexOf('/') + 1);
  return arn;
}

/** What the technique's command templates are filled with, from the edge's two ends and its `via`. */
function cliValues(edge: GraphEdge): Record<string, string> {
  const name = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
  const account = edge.to.split(':')[4] ?? '';
  const region = edge.via?.split(':')[3] || 'us-east-1';
  return {
    // From a group, the user that joined it makes the calls.
    caller: edge.joiner ?? edge.from,
    callerName: name(edge.joiner ?? edge.from),
    role: edge.to,
    roleName: name(edge.to),
    user: edge.to,
    userName: name(edge.to),
    group: edge.to,
    groupName: name(edge.to),
    account,
    region,
    profile: `arn:aws:iam::${account}:instance-profile/${name(edge.to)}`,
    probe: PROBE,
    ...(edge.via ? { via: shortName(edge.via) } : {}),
  };
}

/**
 * An escalation edge taught: the technique, the AWS CLI calls that carry it out in order, what AWS
 * decided for each request (the full traces are in the steps below), and the change that closes it.
 */
export function EscalationSection({ edge, replayed }: { edge: GraphEdge; replayed: Replayed[] | null }) {
  const t = useT();
  const technique = edge.technique ? techniqueOf(edge.technique) : undefined;
  if (!technique) return null;
  const values = cliValues(edge);
  return (
    <section className="escalation" data-testid={testIds.escalationSection}>
      <h4>{t('escalation.title')}</h4>
      <p>
        {t('escalation.technique')}
        {t('trace.colon')}
        <code>{technique.id}</code>
        {technique.pathfinding && (
          <span className="muted small"> · {t('escalation.pathfinding', { id: technique.pathfinding })}</span>
        )}{' '}
        ·{' '}
        <a href={technique.doc} target="_blank" rel="noreferrer">
          {t('escalation.doc')}
        </a>
      </p>
      {edge.otherTechniques && (
        <p className="small muted">
          {t('escalation.others', { techniques: edge.otherTechniques.join(', ') })}
        </p>
      )}
      <h5>{t('escalation.calls')}</h5>
      <ol className="escalation__calls" data-testid={testIds.escalationCalls}>
        {technique.cli.map((command) => (
          <li key={command}>
            <pre className="mono small">{fillCli(command, values)}</pre>
          </li>
        ))}
      </ol>
      <h5>{t('escalation.checks')}</h5>
      <ol className="escalation__checks">
        {edge.decisions.map((d) => {
          const traced = replayed?.find((r) => r.action === d.action);
          return (
            <li key={d.action}>
              <code>{d.action}</code>
              {t('trace.colon')}
              {t(`decision.${d.decision}`)}
              {traced && <div className="small">{reasonText(traced.result.reason, t)}</div>}
            </li>
          );
        })}
      </ol>
      <h5>{t('escalation.close')}</h5>
      <p className="small">{t(`escalation.close.${technique.family}`)}</p>
    </section>
  );
}
