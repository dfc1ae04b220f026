/**
 * The spacing both layouts use, so the quick layout (quickLayout.ts) and ELK's that may replace it
 * (elkGraph.ts) look alike: room for a group's title above its members, between boxes, between layers.
 */
export const GROUP_PADDING = { top: 56, left: 20, bottom: 20, right: 20 };
export const BOX_GAP = 28;
export const LAYER_GAP = 80;
