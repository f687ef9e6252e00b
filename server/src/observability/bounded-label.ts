// Label values chosen by clients (operation names) or by any thrown error (codes) would let a
// caller grow the metric series without bound: the first `max` distinct values keep their name,
// later ones are counted as "other".
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly fallback = 'other',
  ) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return this.fallback;
    this.seen.add(value);
    return value;
  }
}
