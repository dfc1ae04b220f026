import type { NodeKind } from '../../engine';

/** One small, distinct glyph per node kind (drawn, not emoji: emoji fonts are not everywhere). */
const paths: Record<NodeKind, string> = {
  account: 'M3 6h18v12H3z M3 10h18',
  externalAccount: 'M3 6h18v12H3z M8 12h8 M13 9l3 3-3 3',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 4-6 8-6s8 2 8 6',
  // Three heads: a group of users.
  group:
    'M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M6 19c0-3 3-5 6-5s6 2 6 5 M5 10a2 2 0 1 0 0-4 M19 10a2 2 0 1 1 0-4 M2 17c0-2 1.5-3 3-3 M22 17c0-2-1.5-3-3-3',
  role: 'M5 8c0-3 14-3 14 0v5c0 4-7 8-7 8s-7-4-7-8z M9 11h.01 M15 11h.01 M9 15c2 1.5 4 1.5 6 0',
  ec2Instance: 'M4 5h16v10H4z M8 19h8 M12 15v4',
  eksCluster: 'M12 2l8.5 5v10L12 22l-8.5-5V7z M12 8v8 M8.5 10l7 4 M15.5 10l-7 4',
  serviceAccount: 'M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M6 19c0-3 3-5 6-5s6 2 6 5 M4 3h16v18H4z',
  pod: 'M12 3l8 4.5v9L12 21l-8-4.5v-9z M4 7.5l8 4.5 8-4.5 M12 12v9',
  lambdaFunction: 'M5 20l6-10L8 4h3l8 16h-3l-4-8-4 8z',
  ecsTask: 'M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z',
  identityProvider: 'M7 14a4 4 0 1 1 3.5-6H21v4h-2v3h-3v-3h-5.5A4 4 0 0 1 7 14z',
  servicePrincipal:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1',
  externalPrincipal:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  // A terminal window with a prompt: the CLI.
  cliProfile: 'M3 5h18v14H3z M7 10l3 2-3 2 M12 15h5',
  resource: 'M4 7c0-2 16-2 16 0v10c0 2-16 2-16 0z M4 7c0 2 16 2 16 0 M4 12c0 2 16 2 16 0',
};

export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className={`kind-icon kind-icon--${kind}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
    >
      <path
        d={paths[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
