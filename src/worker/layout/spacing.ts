/**
 * The spacing both layouts use, so the quick layout (quickLayout.ts) and ELK's that may replace it
 * (elkGraph.ts) look alike: room for a group's title above its members, between boxes side by side
 * in a layer, between layers (one above the other). LAYER_GAP leaves an arrow between two layers
 * long enough to carry its label (the mechanism, such as "instance profile", over a line of badges
 * for what it needs) with its arrowhead clear of both boxes.
 */
export const GROUP_PADDING = { top: 56, left: 24, bottom: 24, right: 24 };
export const BOX_GAP = 48;
export const LAYER_GAP = 96;
