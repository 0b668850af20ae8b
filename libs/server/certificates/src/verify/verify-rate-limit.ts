/**
 * A fixed-window counter per client address, in this process: GET /verify/:code is public, so
 * it is throttled to keep anyone from walking the code space. With several API processes each
 * counts its own share, which still leaves guessing a 60-bit code hopeless.
 */
export class VerifyRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a request; answers 0 when allowed, else the seconds until the window ends. */
  hit(client: string, now: number): number {
    if (this.windows.size > 10_000) this.prune(now);
    const w = this.windows.get(client);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(client, { start: now, count: 1 });
      return 0;
    }
    w.count++;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [client, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(client);
  }
}
