/** One parsed record and the line of the file it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes with "" for a quote,
 * quoted fields may span lines; CRLF or LF line ends; a leading byte-order mark is ignored.
 * A single pass over the text, so hostile input costs linear time. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let cell = "";
  let recordLine = 1;
  let quoted = false;
  let sawAnything = false;

  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (sawAnything) records.push({ line: recordLine, cells });
    cells = [];
    sawAnything = false;
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(line, "a closing quote must end its field");
        }
        continue;
      }
      if (ch === "\n") line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      sawAnything = true;
      i++;
      continue;
    }
    if (ch === ",") {
      sawAnything = true;
      endCell();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch.trim() !== "") sawAnything = true;
    cell += ch;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, "a quoted field is never closed");
  endRecord();
  return records;
}
