/** Records remembered inside the overlap window; beyond this many, none are (they come again). */
const MAX_SEEN = 2000;

/** A record delivered near the high-water mark: id, `dateModified` (ms), content hash. */
export type SeenRecord = readonly [number, number, number];

/** Tracks the high-water mark of `dateModified` and the records delivered near it. */
export interface OverlapWindow {
  add(recordId: number, at: number, record: object): void;
  /** The next high-water mark: the latest change seen, never after the run started. */
  mark(startedAt: number): number | null;
  /** Records delivered inside `[mark - overlap, mark]`, or none if there were too many. */
  seen(mark: number | null): SeenRecord[];
}

/** FNV-1a of a record's JSON: the same id, time and hash mean the same content. */
export function hashRecord(record: object): number {
  const text = JSON.stringify(record);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

export function createWindow(overlap: number, previous: number | null): OverlapWindow {
  let latest = previous;
  let near: [number, number, object][] = [];
  // The latest time at which the window held too many records to remember.
  let overflowAt: number | null = null;
  return {
    add(recordId, at, record) {
      if (latest === null || at > latest) latest = at;
      if (at < latest - overlap) return;
      near.push([recordId, at, record]);
      if (near.length > MAX_SEEN) {
        const floor = latest - overlap;
        near = near.filter(([, t]) => t >= floor);
        if (near.length > MAX_SEEN / 2) {
          overflowAt = latest;
          near = [];
        }
      }
    },
    mark(startedAt) {
      return latest === null ? null : Math.min(latest, startedAt);
    },
    // The content hash lets a record changed twice within one second (same `dateModified`)
    // come again, while an unchanged one is not delivered twice.
    seen(mark) {
      if (mark === null || (overflowAt !== null && overflowAt >= mark - overlap)) return [];
      return near
        .filter(([, t]) => t >= mark - overlap)
        .map(([id, t, record]) => [id, t, hashRecord(record)] as const);
    },
  };
}
