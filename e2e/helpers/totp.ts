import { Secret, TOTP } from "otpauth";

/** The settings every authenticator app uses, and the server expects. */
const PERIOD_SECONDS = 30;

function stepAt(ms: number): number {
  return Math.floor(ms / 1000 / PERIOD_SECONDS);
}

function codeForStep(secret: string, step: number): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
  });
  return totp.generate({ timestamp: step * PERIOD_SECONDS * 1000 });
}

/**
 * An authenticator app for one setup key. The server accepts each time step once and allows one
 * step either side, so when the current step has been used this gives the next step's code.
 */
export class TestAuthenticator {
  private lastStep = Number.NEGATIVE_INFINITY;

  constructor(readonly secret: string) {}

  nextCode(): string {
    const step = Math.max(stepAt(Date.now()), this.lastStep + 1);
    this.lastStep = step;
    return codeForStep(this.secret, step);
  }

  /** Six digits the server is sure to refuse: no code of the steps it would accept now. */
  wrongCode(): string {
    const now = stepAt(Date.now());
    const near = new Set([-1, 0, 1, 2].map((offset) => codeForStep(this.secret, now + offset)));
    let candidate = 0;
    while (near.has(String(candidate).padStart(6, "0"))) candidate += 1;
    return String(candidate).padStart(6, "0");
  }
}
