/** A location as an editor's "go to" box and most terminals accept it: `src/a.ts:42`. */
export function formatLocation(path: string, line: number): string {
  return `${path}:${line}`
}

/** A span of lines: `src/a.ts:10-24`. */
export function formatLineRange(path: string, startLine: number, endLine: number): string {
  return startLine === endLine ? formatLocation(path, startLine) : `${path}:${startLine}-${endLine}`
}
