/** Every way opening a link can fail, as data: the UI words each kind for the user. */
export type LinkError =
  | { kind: 'not-a-link'; message: string }
  | { kind: 'unknown-codec'; codec: string; message: string }
  | { kind: 'too-new'; version: number; message: string }
  | { kind: 'corrupt'; message: string }
  | { kind: 'too-large'; limit: number; message: string }
  | { kind: 'invalid-scenario'; problems: string[]; message: string };

export const linkError = {
  notALink: (): LinkError => ({
    kind: 'not-a-link',
    message: 'This is not a Trustscope link: it has no "#s=<version>.<codec>.<data>" part.',
  }),
  unknownCodec: (codec: string): LinkError => ({
    kind: 'unknown-codec',
    codec,
    message: `This link is packed with "${codec}", which this version of Trustscope does not know.`,
  }),
  tooNew: (version: number): LinkError => ({
    kind: 'too-new',
    version,
    message: `This link was made by a newer version of Trustscope (link format ${version}); update Trustscope to open it.`,
  }),
  corrupt: (detail: string): LinkError => ({
    kind: 'corrupt',
    message: `This link is damaged (${detail}); it may have been cut off when it was copied.`,
  }),
  tooLarge: (limit: number): LinkError => ({
    kind: 'too-large',
    limit,
    message: `This link unpacks to more than ${Math.round(limit / 1024 / 1024)} MB, which Trustscope refuses to open.`,
  }),
  invalidScenario: (problems: string[]): LinkError => ({
    kind: 'invalid-scenario',
    problems,
    message: `The scenario in this link is not valid: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`,
  }),
};
