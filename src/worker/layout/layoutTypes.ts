/** What the layout worker is asked and answers: boxes in, positions out (relative to the parent box). */
export interface LayoutBox {
  id: string;
  /** The group box that contains it (an account or a cluster). */
  parent?: string;
  width: number;
  height: number;
  group: boolean;
}

export interface LayoutRequest {
  boxes: LayoutBox[];
  edges: { id: string; from: string; to: string }[];
  /** 'elk' (the default): ELK's layered layout; 'quick': `quickLayout`, for graphs too big for ELK. */
  algorithm?: 'elk' | 'quick';
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number; width: number; height: number }>;
  /** ELK's route of each edge by id (root coordinates, start to end); none from the quick layout. */
  routes?: Record<string, { x: number; y: number }[]>;
  /** Set on the page when a better layout of the same boxes is on its way (ELK after a quick layout). */
  provisional?: boolean;
}
