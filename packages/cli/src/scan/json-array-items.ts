/**
 * Finds the array at a path inside one large JSON document and returns the raw JSON text of
 * each of its elements as the chunks arrive, so a 1 GB export is never held in memory whole.
 * Only the container structure is tracked; each element is parsed later with JSON.parse.
 */
export class JsonStreamError extends Error {}

interface Frame {
  isObject: boolean;
  /** For objects: the key of the value being read. */
  key?: string;
  expectingKey: boolean;
  isTarget: boolean;
}

const WHITESPACE = new Set([9, 10, 13, 32]);

export interface JsonArrayItemsOptions {
  /** Object keys from the root to the array; [] means the root value is the array. */
  path: readonly string[];
  /** Ignore everything before the first "[" or "{" (the `window.YTD... =` of a Twitter archive). */
  skipPrefix?: boolean;
  maxItemLength?: number;
}

export class JsonArrayItems {
  private readonly path: readonly string[];
  private readonly maxItemLength: number;
  private skipping: boolean;
  private stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  private capturingKey = false;
  private keyParts: string[] = [];
  private keyStart = -1;
  /** An element of the target array is being read; its text so far sits in itemParts. */
  private inItem = false;
  private itemIsPrimitive = false;
  private itemParts: string[] = [];
  private itemLength = 0;
  private itemStart = -1;
  private finishedRoot = false;
  foundTarget = false;

  constructor(options: JsonArrayItemsOptions) {
    this.path = options.path;
    this.skipping = options.skipPrefix ?? false;
    this.maxItemLength = options.maxItemLength ?? 64 * 1024 * 1024;
  }

  push(chunk: string): string[] {
    const out: string[] = [];
    const n = chunk.length;
    let i = 0;
    if (this.skipping) {
      const brace = chunk.indexOf("{");
      const bracket = chunk.indexOf("[");
      const first = brace === -1 ? bracket : bracket === -1 ? brace : Math.min(brace, bracket);
      if (first === -1) return out;
      this.skipping = false;
      i = first;
    }
    if (this.inItem) this.itemStart = 0;
    if (this.capturingKey) this.keyStart = 0;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.closeString(chunk, i, out);
        continue;
      }
      if (
        this.inItem &&
        this.itemIsPrimitive &&
        this.atTargetLevel() &&
        (c === 44 || c === 93 || WHITESPACE.has(c))
      ) {
        this.emit(chunk, i, out);
      }
      if (WHITESPACE.has(c)) continue;
      const top = this.stack[this.stack.length - 1];
      if (this.finishedRoot) throw new JsonStreamError("unexpected text after the end of the JSON document");
      switch (c) {
        case 34: // "
          if (top?.isObject && top.expectingKey) {
            this.capturingKey = this.stack.length <= this.path.length;
            this.keyParts = [];
            this.keyStart = i + 1;
          } else {
            this.startValue(i, false);
          }
          this.inString = true;
          break;
        case 123: // {
        case 91: {
          // [
          this.startValue(i, false);
          const isTarget = c === 91 && this.pathMatches();
          if (isTarget) this.foundTarget = true;
          this.stack.push({ isObject: c === 123, expectingKey: c === 123, isTarget });
          break;
        }
        case 125: // }
        case 93: {
          // ]
          const frame = this.stack.pop();
          if (!frame || frame.isObject !== (c === 125)) throw new JsonStreamError(`unexpected "${chunk[i]}"`);
          if (this.stack.length === 0) this.finishedRoot = true;
          if (this.inItem && this.atTargetLevel()) this.emit(chunk, i + 1, out);
          break;
        }
        case 58: // :
          if (top?.isObject) top.expectingKey = false;
          break;
        case 44: // ,
          if (top?.isObject) {
            top.expectingKey = true;
            top.key = undefined;
          }
          break;
        default:
          this.startValue(i, true);
      }
      if (this.itemLength + (this.inItem ? i - this.itemStart : 0) > this.maxItemLength) {
        throw new JsonStreamError(`an element longer than ${this.maxItemLength} characters`);
      }
    }
    if (this.inItem) {
      const part = chunk.slice(this.itemStart);
      this.itemParts.push(part);
      this.itemLength += part.length;
    }
    if (this.capturingKey && this.inString) this.keyParts.push(chunk.slice(this.keyStart));
    return out;
  }

  /** Call at the end of input; throws when the document stopped part-way. */
  end(): string[] {
    const out: string[] = [];
    if (this.inItem && this.itemIsPrimitive && this.atTargetLevel()) this.emit("", 0, out);
    if (this.inString || this.stack.length > 0)
      throw new JsonStreamError("the JSON document ends part-way through");
    return out;
  }

  private atTargetLevel(): boolean {
    return this.stack[this.stack.length - 1]?.isTarget === true;
  }

  private pathMatches(): boolean {
    if (this.stack.length !== this.path.length) return false;
    return this.stack.every((f, d) => f.isObject && f.key === this.path[d]);
  }

  private startValue(i: number, primitive: boolean) {
    if (this.inItem || !this.atTargetLevel()) return;
    this.inItem = true;
    this.itemIsPrimitive = primitive;
    this.itemStart = i;
    this.itemParts = [];
    this.itemLength = 0;
  }

  private closeString(chunk: string, i: number, out: string[]) {
    this.inString = false;
    if (this.capturingKey) {
      this.keyParts.push(chunk.slice(this.keyStart, i));
      const raw = this.keyParts.join("");
      const top = this.stack[this.stack.length - 1]!;
      top.key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
      this.capturingKey = false;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (top?.isObject && top.expectingKey) return; // a key too deep to matter
    if (this.inItem && this.atTargetLevel()) this.emit(chunk, i + 1, out);
  }

  private emit(chunk: string, end: number, out: string[]) {
    this.itemParts.push(chunk.slice(this.itemStart, end));
    out.push(this.itemParts.join(""));
    this.itemParts = [];
    this.itemLength = 0;
    this.inItem = false;
  }
}
