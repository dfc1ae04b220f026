/** Why a link's data is damaged. */
export type CorruptReason = 'no-version' | 'characters' | 'unpack' | 'not-json' | 'not-object';

const corruptDetail = (reason: CorruptReason, version: number): string =>
  ({
    'no-version': `format version ${version} never existed`,
    characters: 'it contains characters a link of ours never has',
    unpack: 'the packed data does not unpack',
    'not-json': 'the unpacked data is not JSON',
    'not-object': 'the unpacked data is not an object',
  })[reason];

/**
 * Every way opening a link can fail, as data: the UI words each kind for the user
 * (src/ui/i18n/linkErrorText.ts); `message` is the English, for the command line.
 */
export type LinkError =
  | { kind: 'not-a-link'; message: string }
  | { kind: 'unknown-codec'; codec: string; message: string }
  | { kind: 'too-new'; version: number; message: string }
  | { kind: 'corrupt'; reason: CorruptReason; version: number; message: string }
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
  /** `version` is the link's format version, which `no-version` names. */
  corrupt: (reason: CorruptReason, version: number): LinkError => ({
    kind: 'corrupt',
    reason,
    version,
    message: `This link is damaged (${corruptDetail(reason, version)}); it may have been cut off when it was copied.`,
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
