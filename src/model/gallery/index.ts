/**
 * The built-in scenario gallery, in teaching order: from what assuming a role means, through
 * cross-account access and its guards, to federation and EKS workloads.
 */
import { assumeRoleBasics } from './assumeRoleBasics';
import { crossAccountS3 } from './crossAccountS3';
import { ec2CrossAccountProfile } from './ec2CrossAccountProfile';
import { eksIrsa } from './eksIrsa';
import { eksPodIdentity } from './eksPodIdentity';
import { externalIdConfusedDeputy } from './externalIdConfusedDeputy';
import { irsaWildcardSub } from './irsaWildcardSub';
import { roleChainingLimit } from './roleChainingLimit';
import { samlFederation } from './samlFederation';
import { rcpFencesOutsiders } from './rcpFencesOutsiders';
import { scpCutsPath } from './scpCutsPath';
import type { GalleryEntry } from './types';

export type { GalleryEntry, LocalizedText } from './types';
export { storyScenario } from './storyScenario';

export const gallery: GalleryEntry[] = [
  assumeRoleBasics,
  crossAccountS3,
  ec2CrossAccountProfile,
  roleChainingLimit,
  externalIdConfusedDeputy,
  scpCutsPath,
  rcpFencesOutsiders,
  samlFederation,
  eksIrsa,
  irsaWildcardSub,
  eksPodIdentity,
];

export function galleryEntry(id: string): GalleryEntry | undefined {
  return gallery.find((entry) => entry.id === id);
}
