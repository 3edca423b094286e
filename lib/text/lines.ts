// Where the line holding a position ends: the next line break, or the end of the text.
export function endOfLine(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e === -1 ? text.length : e;
}
