/**
 * Counts events per key (an account, a client address) in a sliding window, in memory, so passwords
 * cannot be guessed or sprayed at speed. One server process; a cluster would keep the counts in Redis.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly maxAttempts: number,
    readonly windowMs: number,
    /** Keys kept at most; beyond it the oldest keys are forgotten first. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Seconds until `key` may try again (≥ 1), or 0 when it is not blocked. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    if (list.length < this.maxAttempts) return 0;
    const oldestThatCounts = list[list.length - this.maxAttempts] ?? now;
    return Math.max(1, Math.ceil((oldestThatCounts + this.windowMs - now) / 1000));
  }

  record(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    list.push(now);
    this.attempts.delete(key);
    this.attempts.set(key, list);
    if (this.attempts.size > this.maxKeys) {
      const oldest = this.attempts.keys().next().value;
      if (oldest !== undefined) this.attempts.delete(oldest);
    }
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}

const MINUTE = 60_000;

/** The install's limits on sign-in and sign-up (all configurable through `buildApp`). */
export interface RateLimitSettings {
  /** Failed sign-ins for one account from one client. */
  signInPerAccountAndClient: { max: number; windowMs: number };
  /** Failed sign-ins for one account from all clients together (a slow distributed guess). */
  signInPerAccount: { max: number; windowMs: number };
  /** Failed sign-ins from one client across all accounts (password spraying). */
  signInPerClient: { max: number; windowMs: number };
  /** Sign-ups from one client. */
  signUpPerClient: { max: number; windowMs: number };
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  signInPerAccountAndClient: { max: 10, windowMs: 15 * MINUTE },
  signInPerAccount: { max: 100, windowMs: 60 * MINUTE },
  signInPerClient: { max: 30, windowMs: 15 * MINUTE },
  signUpPerClient: { max: 10, windowMs: 60 * MINUTE },
};

export interface RateLimiters {
  signInPerAccountAndClient: AttemptLimiter;
  signInPerAccount: AttemptLimiter;
  signInPerClient: AttemptLimiter;
  signUpPerClient: AttemptLimiter;
}

export function createRateLimiters(settings: RateLimitSettings): RateLimiters {
  const make = ({ max, windowMs }: { max: number; windowMs: number }) => new AttemptLimiter(max, windowMs);
  return {
    signInPerAccountAndClient: make(settings.signInPerAccountAndClient),
    signInPerAccount: make(settings.signInPerAccount),
    signInPerClient: make(settings.signInPerClient),
    signUpPerClient: make(settings.signUpPerClient),
  };
}
