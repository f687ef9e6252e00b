// Ids of rows counted recently, in two generations that rotate: remembering them for one to two
// generations is enough to drop an event that a rebuild already counted, in fixed memory.

export class RecentIds {
  private current = new Set<string>();
  private previous = new Set<string>();
  private rotatedAt: number;

  constructor(
    private readonly generationMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.rotatedAt = now();
  }

  /** True the first time a key is seen (within the horizon), false after. */
  firstTime(key: string): boolean {
    this.rotate();
    if (this.current.has(key) || this.previous.has(key)) return false;
    this.current.add(key);
    return true;
  }

  remember(key: string): void {
    this.rotate();
    this.current.add(key);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  private rotate(): void {
    const now = this.now();
    if (now - this.rotatedAt < this.generationMs) return;
    // After a long quiet spell both generations are stale.
    this.previous = now - this.rotatedAt < 2 * this.generationMs ? this.current : new Set();
    this.current = new Set();
    this.rotatedAt = now;
  }
}
