import { closeSync, openSync, readSync } from "node:fs";

/** The first few kilobytes of a file as text, for guessing its format. */
export function readFileHead(path: string, bytes = 64 * 1024): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
