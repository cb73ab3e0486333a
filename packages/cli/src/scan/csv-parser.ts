/**
 * A streaming RFC 4180 CSV parser: feed it text in chunks of any size and it returns the records
 * completed so far. Quoted fields may hold commas, doubled quotes and line breaks; "\n", "\r\n"
 * and "\r" all end a record. Memory is bounded by the longest record, not by the file.
 */
export interface CsvRecord {
  fields: string[];
  /** The physical line (1-based) the record starts on. */
  line: number;
}

export class CsvError extends Error {}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private inQuotes = false;
  /** Inside quotes, the last character was a quote: either a doubled quote or the closing one. */
  private quotePending = false;
  /** The last chunk ended in "\r"; a "\n" starting the next one belongs to it. */
  private crPending = false;
  private recordHasContent = false;
  private line = 1;
  private recordLine = 1;
  private fieldLength = 0;

  constructor(private readonly maxRecordLength = 16 * 1024 * 1024) {}

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = chunk.length;
    let i = 0;
    if (this.crPending && n > 0) {
      this.crPending = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            this.append('"');
            i++;
            continue;
          }
          this.inQuotes = false; // that quote closed the field; read this character as unquoted
          continue;
        }
        const quote = chunk.indexOf('"', i);
        const end = quote === -1 ? n : quote;
        this.append(chunk.slice(i, end));
        for (let nl = chunk.indexOf("\n", i); nl !== -1 && nl < end; nl = chunk.indexOf("\n", nl + 1))
          this.line++;
        if (quote === -1) break;
        this.quotePending = true;
        i = quote + 1;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (code === COMMA) {
        this.endField();
        this.recordHasContent = true;
        i++;
      } else if (code === LF || code === CR) {
        this.endRecord(out);
        this.line++;
        i++;
        if (code === CR) {
          if (i < n && chunk.charCodeAt(i) === LF) i++;
          else if (i === n) this.crPending = true;
        }
      } else if (code === QUOTE && this.fieldLength === 0) {
        this.inQuotes = true;
        this.recordHasContent = true;
        i++;
      } else {
        // An unquoted run; a quote inside it is taken literally, as most spreadsheets do.
        let j = i + 1;
        while (j < n) {
          const c = chunk.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        this.append(chunk.slice(i, j));
        this.recordHasContent = true;
        i = j;
      }
    }
    return out;
  }

  /** Call once at the end of input: returns the last record if the file did not end with a line break. */
  end(): CsvRecord[] {
    if (this.inQuotes && !this.quotePending) {
      throw new CsvError(`unterminated quoted field in the record starting on line ${this.recordLine}`);
    }
    this.inQuotes = false;
    this.quotePending = false;
    const out: CsvRecord[] = [];
    this.endRecord(out);
    return out;
  }

  private append(text: string) {
    this.field += text;
    this.fieldLength += text.length;
    if (this.fieldLength > this.maxRecordLength) {
      throw new CsvError(
        `field longer than ${this.maxRecordLength} characters in the record starting on line ${this.recordLine}`,
      );
    }
  }

  private endField() {
    this.fields.push(this.field);
    this.field = "";
    this.fieldLength = 0;
  }

  private endRecord(out: CsvRecord[]) {
    if (this.recordHasContent || this.fieldLength > 0) {
      this.endField();
      out.push({ fields: this.fields, line: this.recordLine });
    }
    this.fields = [];
    this.field = "";
    this.fieldLength = 0;
    this.recordHasContent = false;
    this.recordLine = this.line + 1;
  }
}
