import type { EdgeKind } from '../engine';
import type { Translate } from './translate';

/** An edge kind as a learner reads it ("instance profile", "实例配置文件"), not its code name. */
export function edgeKindName(kind: EdgeKind, t: Translate): string {
  return t(`edgeKind.${kind}`);
}
