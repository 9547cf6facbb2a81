import type { FilePosition } from './file-position'

/**
 * A Dockerfile read into instructions the way BuildKit reads it: parser directives at the top (only
 * `escape` changes the reading), comment and blank lines dropped, lines ending in the escape character
 * joined to the next, heredoc bodies (`RUN <<EOF … EOF`) kept apart from the instruction line. Nothing
 * is evaluated. It never throws: an unterminated continuation or heredoc simply ends at the file's end.
 */

export interface DockerInstruction {
  /** Upper-cased: `FROM`, `RUN`, … */
  keyword: string
  /** The text after the keyword, continuation lines joined without their escape character. */
  args: string
  /** Bodies of the heredocs the instruction opens, in order. */
  heredocs: string[]
  /** Where the keyword starts. */
  position: FilePosition
  /** Where `args` starts in the joined instruction text (keyword included). */
  argsStart: number
  /** Where each physical line's text starts in the joined instruction text, ascending. */
  segments: { offset: number; position: FilePosition }[]
}

export interface DockerfileText {
  instructions: DockerInstruction[]
  /** `\` unless an `# escape=` directive chose the backtick. */
  escape: string
}

const DIRECTIVE = /^\s*#\s*(syntax|escape|check)\s*=\s*(.*?)\s*$/i
const COMMENT_OR_BLANK = /^\s*(?:#.*)?$/
// BuildKit reads heredocs in these instructions only.
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])
// `<<<word` is a shell here-string, not a heredoc.
const HEREDOC_OPENER = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g

export function readDockerfile(text: string): DockerfileText {
  const lines = text.split(/\r?\n/)
  let escape = '\\'
  let index = 0
  // Directives count only before the first comment, blank line or instruction.
  for (; index < lines.length; index += 1) {
    const directive = DIRECTIVE.exec(lines[index] ?? '')
    if (!directive) break
    if (directive[1]?.toLowerCase() === 'escape' && (directive[2] === '\\' || directive[2] === '`'))
      escape = directive[2]
  }
  const instructions: DockerInstruction[] = []
  while (index < lines.length) {
    const line = lines[index] ?? ''
    if (COMMENT_OR_BLANK.test(line)) {
      index += 1
      continue
    }
    const read = readInstruction(lines, index, escape)
    index = read.nextIndex
    if (read.instruction) instructions.push(read.instruction)
  }
  return { instructions, escape }
}

/** The position of a character of an instruction's `args` in the file. */
export function positionInArgs(instruction: DockerInstruction, offset: number): FilePosition {
  const { segments } = instruction
  const target = offset + instruction.argsStart
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((segments[middle]?.offset ?? 0) <= target) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  if (!segment) return instruction.position
  return { line: segment.position.line, column: segment.position.column + (target - segment.offset) }
}

function readInstruction(
  lines: string[],
  start: number,
  escape: string,
): { instruction: DockerInstruction | null; nextIndex: number } {
  const first = lines[start] ?? ''
  const indent = first.length - first.trimStart().length
  const pieces: string[] = []
  const starts: { offset: number; position: FilePosition }[] = []
  let length = 0
  let index = start
  let text = first.slice(indent)
  let column = indent + 1
  for (;;) {
    starts.push({ offset: length, position: { line: index + 1, column } })
    const trimmed = text.trimEnd()
    index += 1
    if (!trimmed.endsWith(escape)) {
      pieces.push(text)
      length += text.length
      break
    }
    const piece = trimmed.slice(0, -1)
    pieces.push(piece)
    length += piece.length
    // Comment and blank lines inside a continued instruction are dropped, as BuildKit does.
    while (index < lines.length && COMMENT_OR_BLANK.test(lines[index] ?? '')) index += 1
    if (index >= lines.length) break
    text = lines[index] ?? ''
    column = 1
  }
  const whole = pieces.join('')
  const keyword = /^\S+/.exec(whole)?.[0] ?? ''
  if (!keyword) return { instruction: null, nextIndex: index }
  const argsStart = whole.length - whole.slice(keyword.length).trimStart().length
  const upper = keyword.toUpperCase()
  const instruction: DockerInstruction = {
    keyword: upper,
    args: whole.slice(argsStart),
    heredocs: [],
    position: { line: start + 1, column: indent + 1 },
    argsStart,
    segments: starts,
  }
  if (!HEREDOC_KEYWORDS.has(upper)) return { instruction, nextIndex: index }
  for (const opener of instruction.args.matchAll(HEREDOC_OPENER)) {
    const stripTabs = opener[1] === '-'
    const word = opener[3] ?? ''
    const body: string[] = []
    while (index < lines.length) {
      const bodyLine = lines[index] ?? ''
      index += 1
      const compared = stripTabs ? bodyLine.replace(/^\t+/, '') : bodyLine
      if (compared === word) break
      body.push(compared)
    }
    instruction.heredocs.push(body.join('\n'))
  }
  return { instruction, nextIndex: index }
}
