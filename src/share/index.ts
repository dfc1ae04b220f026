/** Share links: versioned, compressed, fragment-only. */
export {
  decodeShareFragment,
  encodeShareFragment,
  MAX_FRAGMENT_LENGTH,
  MAX_INFLATED_BYTES,
  type DecodeResult,
} from './codec';
export type { LinkError } from './linkError';
export { CURRENT_LINK_VERSION } from './migrations';
export type { SharedState, SharedView } from './sharedState';
