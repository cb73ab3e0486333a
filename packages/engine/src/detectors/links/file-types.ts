/** What a link downloads, judged by the file name at the end of its path. */
export type DownloadKind = "executable" | "archive";

/** Programs and scripts that run when opened. */
const EXECUTABLE = new Set([
  "exe",
  "msi",
  "msix",
  "appx",
  "bat",
  "cmd",
  "com",
  "scr",
  "pif",
  "cpl",
  "js",
  "jse",
  "vbs",
  "vbe",
  "wsf",
  "hta",
  "ps1",
  "psm1",
  "jar",
  "apk",
  "dmg",
  "pkg",
  "app",
  "iso",
  "img",
  "lnk",
  "reg",
  "sh",
  "deb",
  "rpm",
  "appimage",
]);

/** Archives are how most malware travels, but councils also share documents in them. */
const ARCHIVE = new Set(["zip", "rar", "7z", "tar", "gz", "tgz", "cab"]);

export function downloadKind(path: string): { kind: DownloadKind; extension: string } | undefined {
  // The file name ends at the query or fragment, whichever comes first.
  const query = path.indexOf("?");
  const fragment = path.indexOf("#");
  let end = path.length;
  if (query >= 0) end = query;
  if (fragment >= 0 && fragment < end) end = fragment;
  const slash = path.lastIndexOf("/", end - 1);
  if (slash < 0) return undefined; // a bare host has no file
  const name = path.slice(slash + 1, end);
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  if (EXECUTABLE.has(extension)) return { kind: "executable", extension };
  if (ARCHIVE.has(extension)) return { kind: "archive", extension };
  return undefined;
}
