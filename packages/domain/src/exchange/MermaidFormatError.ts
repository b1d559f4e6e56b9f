/** Thrown by `parseMermaidJourney`: `line` is 1-based, `reason` says what is wrong there. */
export class MermaidFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'MermaidFormatError';
  }
}
