/**
 * The name explanations give the identity policy assumed for a caller from outside the scenario (its
 * own policies are not there). A module of its own, free of side effects, so the app's wording can
 * recognise it without loading the engine.
 */
export const OUTSIDE_IDENTITY_NAME = 'assumed: the caller’s own account allows sts:AssumeRole';
