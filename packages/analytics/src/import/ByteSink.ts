/** A growable byte buffer for writing staging files without a string per value. */
export class ByteSink {
  private buffer: Buffer;
  length = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = value;
  }

  /** Appends `source[start, end)`. */
  bytes(source: Uint8Array, start: number, end: number): void {
    const count = end - start;
    if (this.length + count > this.buffer.length) this.reserve(count);
    if (count < 32) {
      const target = this.buffer;
      let at = this.length;
      for (let k = start; k < end; k++) target[at++] = source[k] as number;
    } else {
      this.buffer.set(source.subarray(start, end), this.length);
    }
    this.length += count;
  }

  /** Appends `text` as UTF-8. */
  text(text: string): void {
    const most = text.length * 3;
    if (this.length + most > this.buffer.length) this.reserve(most);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** Appends a safe integer in decimal digits. */
  int(value: number): void {
    if (this.length + 24 > this.buffer.length) this.reserve(24);
    let n = value;
    if (n < 0) {
      this.buffer[this.length++] = 0x2d;
      n = -n;
    }
    if (n < 100_000_000) {
      this.small(n);
      return;
    }
    const high = Math.floor(n / 100_000_000);
    this.small(high);
    let low = n - high * 100_000_000;
    const target = this.buffer;
    for (let at = this.length + 7; at >= this.length; at--) {
      const q = (low / 10) | 0;
      target[at] = 48 + low - q * 10;
      low = q;
    }
    this.length += 8;
  }

  /** Appends 0 ≤ n < 2^31 in decimal digits. */
  private small(value: number): void {
    const target = this.buffer;
    let n = value | 0;
    let digits = 1;
    for (let m = n; m >= 10; m = (m / 10) | 0) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      const q = (n / 10) | 0;
      target[--at] = 48 + n - q * 10;
      n = q;
    } while (n > 0);
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private reserve(extra: number): void {
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}
