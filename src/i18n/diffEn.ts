/** What-changed (engine/diff) and Terraform import assumptions, in English: the source of the keys. */
export const diffEn = {
  'diff.heading': 'What changed',
  'diff.edges': 'Edges',
  'diff.findings': 'Findings',
  'diff.adminReach': 'Reach to administrator-level roles',
  'diff.assumptions': 'What the import assumes',
  'diff.failed': 'Fails on {condition}: {matches}',
  'diff.summary.new-ways-into': '{count} new way(s) to become {target}',
  'diff.summary.fewer-conditions-into': '{count} way(s) to become {target} now need fewer conditions',
  'diff.summary.lost-ways-into': '{count} way(s) to become {target} removed',
  'diff.summary.new-outside-admin-paths':
    '{count} new path(s) from outside the organization to an administrator',
  'diff.summary.new-admin-reach': '{count} new way(s) for a principal to reach an administrator-level role',
  'diff.summary.lost-admin-reach': '{count} way(s) to reach an administrator-level role removed',
  'diff.summary.new-findings': '{count} new finding(s)',
  'diff.summary.resolved-findings': '{count} finding(s) resolved',
  'diff.summary.no-change': 'No change to who can become whom.',
  'diff.change.added': 'new',
  'diff.change.newly-permitted': 'newly permitted',
  'diff.change.fewer-conditions': 'fewer conditions',
  'diff.change.more-conditions': 'more conditions',
  'diff.change.other-conditions': 'other conditions',
  'diff.change.removed': 'removed',
  'diff.change.no-longer-permitted': 'no longer permitted',
  'diff.finding.added': 'new',
  'diff.finding.removed': 'resolved',
  'diff.plan.edge.added': '{from} → {to}: new in the plan',
  'diff.plan.edge.loosened': '{from} → {to}: needs fewer conditions after the plan',
  'diff.plan.edge.closed': '{from} → {to}: no longer permitted after the plan',
  'diff.plan.edge.removed': '{from} → {to}: removed by the plan',
  'diff.panel.heading': 'What the plan changes',
  'diff.panel.close': 'Close what the plan changes',
  'diff.panel.section': '{name} ({count})',
  'diff.panel.legend': 'In the graph:',
  'diff.panel.kept': 'Shown until you close it or open another scenario; a reload forgets it.',
  'diff.panel.failed':
    'What the plan changes could not be worked out ({detail}); its after side is imported.',
  'importAssumption.tf-known-after-apply':
    '{attribute} of {address} is known only after apply: it stands as {placeholder}.',
  'importAssumption.tf-policy-after-apply':
    'The document {attribute} of {address} is known only after apply (it uses {references}): it is taken as allowing nothing until then.',
  'importAssumption.tf-policy-from-configuration':
    'The policy document {address} is known only after apply: it is rendered from its statements, each unknown value taken from the resource it references.',
  'importAssumption.tf-account-assumed':
    'Resources of provider {provider} not created yet are taken to be in account {account}: no allowed_account_ids, assume_role ARN or --account says which.',
  'importAssumption.tf-region-assumed':
    'Resources of provider {provider} not created yet are taken to be in region {region}: its configuration sets none.',
  'importAssumption.tf-launch-template':
    'Instance {instance} stands for the instances launch template {address} will launch.',
  'importAssumption.tf-cluster-assumed':
    'Service account {address} is placed in {cluster}: the plan holds no single EKS cluster it belongs to.',
  'importAssumption.tf-default-full-access':
    'AWS’s default {policy} is taken to stay attached to {target} beside the plan’s policies: a plan does not show it.',
  'importAssumption.tf-transitive-tag-keys':
    'Provider {provider} marks session tags {keys} transitive: they are read as tags of the session it makes, not carried into roles chained from it.',
};
