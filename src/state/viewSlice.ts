import type { StateCreator } from 'zustand';
import type { EdgeKind, NodeKind } from '../engine';
import type { Language } from '../i18n/translate';
import type { LayoutResult } from '../worker/layout/layoutTypes';
import { clampPanelSize, DEFAULT_PANEL_SIZES, type PanelName, type PanelSizes } from './panelSizes';
import type { AppState } from './store';

export type Theme = 'light' | 'dark';

/** The node the canvas is focused on, and how many hops around it it shows. */
export interface Focus {
  id: string;
  /** How far to follow edges from the focused node; 1 is its direct neighbours. */
  hops: number;
}
export type { Language };

export interface ViewSlice {
  theme: Theme;
  language: Language;
  hiddenEdgeKinds: EdgeKind[];
  hiddenNodeKinds: NodeKind[];
  hiddenAccounts: string[];
  /** Accounts and clusters drawn as one node. */
  collapsed: string[];
  /** When set, the canvas shows only this node's neighbourhood (graphView/focusNeighbourhood.ts). */
  focus: Focus | null;
  layout: LayoutResult | null;
  /** A layout asked for (or about to be) that has not landed: the app is not ready meanwhile. */
  layoutPending: boolean;
  /** Where the user dragged nodes; wins over the automatic layout. */
  dragged: Record<string, { x: number; y: number }>;
  searchOpen: boolean;
  /** The resizable panels' sizes (panelSizes.ts), remembered in this browser. */
  panels: PanelSizes;
  setTheme: (theme: Theme) => void;
  setLanguage: (language: Language) => void;
  toggleEdgeKind: (kind: EdgeKind) => void;
  toggleNodeKind: (kind: NodeKind) => void;
  toggleAccount: (account: string) => void;
  toggleCollapsed: (id: string) => void;
  setFocus: (focus: Focus | null) => void;
  setLayout: (layout: LayoutResult) => void;
  setLayoutPending: (pending: boolean) => void;
  setDragged: (id: string, position: { x: number; y: number }) => void;
  setSearchOpen: (open: boolean) => void;
  setPanelSize: (name: PanelName, size: number) => void;
}

const toggle = <T>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const createViewSlice =
  (
    initial: { theme?: Theme; language?: Language; panels?: PanelSizes } = {},
  ): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({
    theme: initial.theme ?? 'light',
    language: initial.language ?? 'en',
    // The access layer (principals → resources) is shown on request: Show › Edge kinds.
    hiddenEdgeKinds: ['Access'],
    hiddenNodeKinds: [],
    hiddenAccounts: [],
    collapsed: [],
    focus: null,
    layout: null,
    layoutPending: false,
    dragged: {},
    searchOpen: false,
    panels: initial.panels ?? DEFAULT_PANEL_SIZES,
    setTheme: (theme) => set({ theme }),
    setLanguage: (language) => set({ language }),
    toggleEdgeKind: (kind) => set((s) => ({ hiddenEdgeKinds: toggle(s.hiddenEdgeKinds, kind) })),
    toggleNodeKind: (kind) => set((s) => ({ hiddenNodeKinds: toggle(s.hiddenNodeKinds, kind) })),
    toggleAccount: (account) => set((s) => ({ hiddenAccounts: toggle(s.hiddenAccounts, account) })),
    toggleCollapsed: (id) => set((s) => ({ collapsed: toggle(s.collapsed, id) })),
    setFocus: (focus) => set({ focus }),
    setLayout: (layout) => set({ layout }),
    setLayoutPending: (layoutPending) => set({ layoutPending }),
    setDragged: (id, position) => set((s) => ({ dragged: { ...s.dragged, [id]: position } })),
    setSearchOpen: (searchOpen) => set({ searchOpen }),
    setPanelSize: (name, size) =>
      set((s) => ({ panels: { ...s.panels, [name]: clampPanelSize(name, size) } })),
  });
