export interface RankedBar {
  id: string;
  label: string;
  value: number | null;
  /** Marks a bar (e.g. a slow mover). */
  flagged?: boolean;
  href?: string;
}
