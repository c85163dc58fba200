// Bad input: every message reads `file:line: what is wrong`, with the real line — or
// `file: what is wrong` when the fault belongs to no line (an empty file has line 1; a
// missing file has none). Never a made-up `:1:`.
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly detail: string;
  constructor(file: string, line: number | null, message: string) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.detail = message;
  }
}
