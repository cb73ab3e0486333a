import cliProgress from "cli-progress";
import type { Writable } from "node:stream";

export interface Progress {
  /** Another chunk of the file was read. */
  read(bytes: number): void;
  /** Another post was screened. */
  screened(): void;
  stop(): void;
}

const silent: Progress = { read() {}, screened() {}, stop() {} };

/** Bytes read out of the file's size, drawn only when a person is watching a terminal. */
export function progressFor(stream: Writable & { isTTY?: boolean }, totalBytes: number): Progress {
  if (!stream.isTTY || totalBytes === 0) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: "Screening [{bar}] {percentage}% | {readMB}/{totalMB} MB | {posts} posts | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (b: number) => (b / 1e6).toFixed(1);
  let read = 0;
  let posts = 0;
  bar.start(totalBytes, 0, { readMB: mb(0), totalMB: mb(totalBytes), posts });
  return {
    read(bytes) {
      read += bytes;
      bar.update(read, { readMB: mb(read), posts });
    },
    screened() {
      posts++;
    },
    stop() {
      bar.stop();
    },
  };
}
