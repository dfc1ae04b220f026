import { describe, expect, it } from 'vitest';
import { analyzeScenario, canPrincipal, findPaths, prepareScenario, type Analysis } from '../../engine';
import { validateScenarioValue } from '../validateScenario';
import { gallery, galleryEntry, type GalleryEntry, type LocalizedText } from '.';

const CJK = /[\u3400-\u9fff]/;
const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;

const entry = (id: string): GalleryEntry => {
  const found = galleryEntry(id);
  if (!found) throw new Error(`no gallery entry ${id}`);
  return found;
};
const analysisOf = (id: string): Analysis => analyzeScenario(entry(id).scenario);
const edge = (a: Analysis, from: string, to: string) => a.edges.find((e) => e.from === from && e.to === to);
const featured = (id: string) => {
  const { from, to } = entry(id).featuredPath;
  return findPaths(analysisOf(id), from, to);
};

describe('gallery', () => {
  it('lists ten or more entries with unique kebab-case ids', () => {
    expect(gallery.length).toBeGreaterThanOrEqual(10);
    const ids = gallery.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(galleryEntry('no-such-entry')).toBeUndefined();
  });

  describe.each(gallery.map((g) => [g.id, g] as const))('%s', (_id, g) => {
    it('validates with no errors or warnings', () => {
      const result = validateScenarioValue(g.scenario);
      expect(result.problems).toEqual([]);
      expect(result.scenario).toBeDefined();
    });

    it('has no document problems of severity error', () => {
      const errors = analyzeScenario(g.scenario).problems.filter((p) => p.severity === 'error');
      expect(errors).toEqual([]);
    });

    it('has a featured path the engine finds', () => {
      const analysis = analyzeScenario(g.scenario);
      const ids = new Set(analysis.nodes.map((n) => n.id));
      expect(ids.has(g.featuredPath.from)).toBe(true);
      expect(ids.has(g.featuredPath.to)).toBe(true);
      expect(findPaths(analysis, g.featuredPath.from, g.featuredPath.to).length).toBeGreaterThan(0);
    });

    it('has every text in three languages, the Chinese ones in Chinese', () => {
      const texts: [string, LocalizedText][] = [
        ['title', g.title],
        ['summary', g.summary],
        ['lesson', g.lesson],
      ];
      for (const [field, text] of texts) {
        for (const lang of LANGS) expect(text[lang].trim(), `${field}.${lang}`).not.toBe('');
        expect(text.en, `${field}.en`).not.toMatch(CJK);
        for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
          expect(text[lang], `${field}.${lang}`).toMatch(CJK);
          expect(text[lang], `${field}.${lang}`).not.toBe(text.en);
        }
        expect(text['zh-Hant'], `${field}.zh-Hant`).not.toBe(text['zh-Hans']);
      }
      // A lesson is a paragraph, a summary a card's sentence or two.
      expect(g.lesson.en.length).toBeGreaterThan(g.summary.en.length);
      expect(g.summary.en.length).toBeLessThan(260);
    });

    it('names an existing seed, if any', () => {
      if (g.source !== undefined) expect(g.source).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
    });
  });
});

describe('gallery: what each scenario shows', () => {
  it('what-assume-role-means: a user named in the trust needs no policy; an account trust needs one', () => {
    const a = analysisOf('what-assume-role-means');
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const bob = 'arn:aws:iam::111122223333:user/bob';
    expect(edge(a, alice, 'arn:aws:iam::111122223333:role/ReportsReader')?.permitted).toBe(true);
    expect(edge(a, bob, 'arn:aws:iam::111122223333:role/BillingViewer')?.permitted).toBe(true);
    expect(edge(a, alice, 'arn:aws:iam::111122223333:role/BillingViewer')).toBeUndefined();
    const lambda = edge(
      a,
      'arn:aws:lambda:us-east-1:111122223333:function:nightly-report',
      'arn:aws:iam::111122223333:role/nightly-report-execution',
    );
    expect(lambda).toMatchObject({ kind: 'ExecutionRole', configured: true, permitted: true });
    expect(entry('what-assume-role-means').lesson.en).toMatch(/session policy/);
  });

  it('cross-account-s3-delegated-role: the role reads the bucket, the developer only through it', () => {
    const g = entry('cross-account-s3-delegated-role');
    const [path] = featured(g.id);
    expect(path?.nodes).toHaveLength(2);
    const prepared = prepareScenario(g.scenario);
    const bucket = 'arn:aws:s3:::example-prod-reports';
    const tls = { 'aws:SecureTransport': true };
    const role = 'arn:aws:iam::111122223333:role/delegate_read_reports_bucket';
    const user = 'arn:aws:iam::444455556666:user/dev-alice';
    expect(canPrincipal(prepared, role, 's3:ListBucket', bucket, tls).decision).toBe('Allowed');
    expect(
      canPrincipal(prepared, role, 's3:ListBucket', bucket, { 'aws:SecureTransport': false }).decision,
    ).toBe('ExplicitlyDenied');
    expect(canPrincipal(prepared, user, 's3:ListBucket', bucket, tls).decision).not.toBe('Allowed');
    // Without the developer's own policy, the cross-account hop is gone.
    const noPolicy = { ...g.scenario, users: [{ arn: user }] };
    expect(edge(analyzeScenario(noPolicy), user, role)).toBeUndefined();
  });

  it('ec2-cross-account-profile: instance role, then a chained one-hour hop; the CLI profile is kept', () => {
    const g = entry('ec2-cross-account-profile');
    const [path] = featured(g.id);
    expect(path?.nodes).toEqual([
      'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890',
      'arn:aws:iam::444455556666:role/AssumeRoleInA',
      'arn:aws:iam::111122223333:role/RoleForB',
    ]);
    expect(path?.session).toMatchObject({ chained: true, maxDurationSeconds: 3600 });
    expect(g.scenario.cliProfiles).toEqual([
      {
        name: 'account-a-reader',
        roleArn: 'arn:aws:iam::111122223333:role/RoleForB',
        credentialSource: 'Ec2InstanceMetadata',
        roleSessionName: 'EC2FromB',
      },
    ]);
  });

  it('role-chaining-one-hour: 12-hour roles, yet the chained path ends in a 3600 s session', () => {
    const g = entry('role-chaining-one-hour');
    const [path] = featured(g.id);
    expect(path?.nodes).toHaveLength(3);
    expect(new Set(path?.nodes.map((n) => n.split(':')[4])).size).toBe(3);
    expect(path?.session).toMatchObject({ chained: true, maxDurationSeconds: 3600 });
    const [first] = findPaths(
      analysisOf(g.id),
      g.featuredPath.from,
      'arn:aws:iam::444455556666:role/DeployHub',
    );
    expect(first?.session).toMatchObject({ chained: false, maxDurationSeconds: 43200 });
  });

  it('confused-deputy-external-id: the vendor edge is conditional on ExternalId; the legacy one is flagged', () => {
    const a = analysisOf('confused-deputy-external-id');
    const vendor = '999988887777';
    const guarded = edge(a, vendor, 'arn:aws:iam::111122223333:role/ExampleCorpMonitoring');
    expect(guarded).toMatchObject({ permitted: true, conditional: true });
    expect(guarded?.conditions.map((c) => c.label)).toContain('ExternalId');
    expect(edge(a, vendor, 'arn:aws:iam::111122223333:role/LegacyVendorAudit')?.conditional).toBe(false);
    const finding = a.findings.find((f) => f.title === 'Third-party trust without ExternalId');
    expect(finding?.subjects).toEqual(['arn:aws:iam::111122223333:role/LegacyVendorAudit', vendor]);
    expect(a.nodes.find((n) => n.id === vendor)?.kind).toBe('externalAccount');
  });

  it('scp-cuts-a-path: the SCP cuts the hop to ProdAdmin and keeps the one under /cross-account/', () => {
    const g = entry('scp-cuts-a-path');
    const a = analysisOf(g.id);
    const dana = 'arn:aws:iam::444455556666:user/dev-dana';
    const admin = 'arn:aws:iam::777788889999:role/ProdAdmin';
    expect(edge(a, dana, 'arn:aws:iam::777788889999:role/cross-account/ProdReadOnly')?.permitted).toBe(true);
    // Drawn cut, naming the SCP statement, and no way in.
    expect(edge(a, dana, admin)).toMatchObject({
      permitted: false,
      configured: false,
      note: { code: 'cut-scp-deny', params: { statement: 'DenyAssumeRoleOutsideCrossAccountPath' } },
    });
    expect(findPaths(a, dana, admin)).toEqual([]);
    // Trust and identity policy alone would allow it: without the organization the hop is back.
    const withoutOrg = { ...g.scenario };
    delete withoutOrg.organization;
    expect(edge(analyzeScenario(withoutOrg), dana, admin)?.permitted).toBe(true);
  });

  it('rcp-fences-outsiders: the RCP cuts the vendor and keeps the organization, the partner and EC2', () => {
    const g = entry('rcp-fences-outsiders');
    const a = analysisOf(g.id);
    const role = (name: string) => `arn:aws:iam::777788889999:role/${name}`;
    expect(edge(a, 'arn:aws:iam::444455556666:user/dev-dana', role('ProdReadOnly'))?.permitted).toBe(true);
    expect(edge(a, '210987654321', role('PartnerAudit'))).toMatchObject({
      permitted: true,
      conditional: true,
    });
    expect(edge(a, 'ec2.amazonaws.com', role('web-instance'))?.permitted).toBe(true);
    // The vendor's hop is drawn cut, naming the RCP statement, and leads nowhere.
    expect(edge(a, '999988887777', role('VendorMonitoring'))).toMatchObject({
      permitted: false,
      configured: false,
      note: { code: 'cut-rcp-deny', params: { statement: 'EnforceOrgIdentities' } },
    });
    expect(findPaths(a, '999988887777', role('VendorMonitoring'))).toEqual([]);
    // Its trust still lacks sts:ExternalId, but the RCP leaves no deputy to confuse today.
    expect(a.findings.find((f) => f.subjects.includes('999988887777'))).toMatchObject({
      code: 'third-party-without-external-id-cut',
      severity: 'low',
      params: { guardrail: 'IdentityPerimeter · RCP' },
    });
    // Without the organization, the trust alone lets the vendor in.
    const withoutOrg = { ...g.scenario };
    delete withoutOrg.organization;
    const open = analyzeScenario(withoutOrg);
    expect(edge(open, '999988887777', role('VendorMonitoring'))?.permitted).toBe(true);
    expect(open.findings.find((f) => f.subjects.includes('999988887777'))).toMatchObject({
      code: 'third-party-without-external-id',
      severity: 'high',
    });
  });

  it('saml-federation: AssumeRoleWithSAML under SAML:aud, not chained, up to the role maximum', () => {
    const g = entry('saml-federation');
    const a = analysisOf(g.id);
    const e = edge(a, g.featuredPath.from, g.featuredPath.to);
    expect(e).toMatchObject({ kind: 'AssumeRoleWithSAML', permitted: true });
    expect(e?.conditions.map((c) => c.key)).toContain('SAML:aud');
    const [path] = featured(g.id);
    expect(path?.session).toMatchObject({ chained: false, maxDurationSeconds: 28800 });
  });

  it('eks-irsa: pod → service account → role, gated by :sub and :aud; the other account stays out', () => {
    const g = entry('eks-irsa');
    const a = analysisOf(g.id);
    const [path] = featured(g.id);
    expect(path?.nodes).toHaveLength(3);
    const cluster = 'arn:aws:eks:us-east-1:111122223333:cluster/prod';
    const role = 'arn:aws:iam::111122223333:role/web-app-s3-reader';
    const e = edge(a, `${cluster}/serviceaccount/web/web-app`, role);
    expect(e).toMatchObject({ kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: true });
    expect(e?.conditions.map((c) => c.label).sort()).toEqual(['aud', 'sub']);
    expect(edge(a, `${cluster}/serviceaccount/web/default`, role)).toBeUndefined();
    expect(a.findings.filter((f) => /web identity|sub condition/i.test(f.title))).toEqual([]);
  });

  it('irsa-wildcard-sub: every service account gets an edge, and the wildcard is a finding', () => {
    const a = analysisOf('irsa-wildcard-sub');
    const role = 'arn:aws:iam::111122223333:role/payments-s3-writer';
    const into = a.edges.filter(
      (e) => e.to === role && e.kind === 'AssumeRoleWithWebIdentity' && e.permitted,
    );
    expect(into).toHaveLength(4);
    expect(into.filter((e) => e.configured)).toHaveLength(1);
    const finding = a.findings.find((f) => f.title === 'Wildcard in a web identity sub condition');
    expect(finding?.subjects).toContain(
      'arn:aws:eks:us-east-1:111122223333:cluster/shared/serviceaccount/dev/ci-runner',
    );
    expect(finding?.subjects).not.toContain(
      'arn:aws:eks:us-east-1:111122223333:cluster/shared/serviceaccount/payments/payments-api',
    );
  });

  it('eks-pod-identity-session-tags: the tags admit production and shut out staging', () => {
    const g = entry('eks-pod-identity-session-tags');
    const a = analysisOf(g.id);
    const cluster = 'arn:aws:eks:us-east-1:111122223333:cluster/my-cluster';
    const role = 'arn:aws:iam::111122223333:role/orders-api-pod-role';
    const production = edge(a, `${cluster}/serviceaccount/production/orders-api`, role);
    expect(production).toMatchObject({ kind: 'PodIdentity', permitted: true, configured: true });
    expect(production?.decisions.map((d) => [d.action, d.decision])).toEqual([
      ['sts:AssumeRole', 'Allowed'],
      ['sts:TagSession', 'Allowed'],
    ]);
    expect(edge(a, `${cluster}/serviceaccount/staging/orders-api`, role)).toMatchObject({
      configured: true,
      permitted: false,
    });
    expect(a.findings.some((f) => f.title === 'Configured PodIdentity that cannot work')).toBe(true);
    const [path] = featured(g.id);
    expect(path?.session.transitiveTags).toContain('kubernetes-namespace');
  });
});
