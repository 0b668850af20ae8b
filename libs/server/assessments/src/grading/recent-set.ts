/** A set that keeps only the `capacity` values added last: the oldest one goes when a new one comes. */
export class RecentSet<T> {
  private readonly values = new Set<T>();

  constructor(private readonly capacity: number) {}

  add(value: T): void {
    this.values.delete(value);
    this.values.add(value);
    if (this.values.size > this.capacity) this.values.delete(this.values.values().next().value as T);
  }

  has(value: T): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }
}
