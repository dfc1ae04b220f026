import { createContext, useContext } from 'react';

/**
 * Below this zoom a node's text is a few pixels high: nodes draw as coloured boxes and edges without
 * badges, which halves what each one mounts, paints and restyles on a big graph.
 */
export const FAR_ZOOM = 0.4;

/** Whether the canvas is zoomed out past FAR_ZOOM; one value for every node, not a store subscription each. */
export const FarContext = createContext(false);

export const useFar = () => useContext(FarContext);
