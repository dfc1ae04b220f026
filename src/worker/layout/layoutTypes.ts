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
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number; width: number; height: number }>;
}
