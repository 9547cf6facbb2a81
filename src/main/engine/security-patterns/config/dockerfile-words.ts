/** One word of an instruction's arguments: quotes removed, escapes applied, and where it starts. */
export interface DockerWord {
  text: string
  /** Offset of the word's first character in the arguments. */
  offset: number
}

/**
 * Splits arguments into words as BuildKit does for ENV, ARG, FROM, USER and ADD: whitespace separates
 * words, single or double quotes keep whitespace inside one, the escape character keeps the next
 * character literal (outside single quotes). An unclosed quote runs to the end.
 */
export function splitWords(args: string, escape: string): DockerWord[] {
  const words: DockerWord[] = []
  // Runs of ordinary characters are taken whole (one regex step each), so long lines stay fast.
  const escaped = escape === '`' ? '`' : '\\\\'
  const unquotedRun = new RegExp(`[^\\s"'${escaped}]+`, 'y')
  const doubleQuotedRun = new RegExp(`[^"${escaped}]+`, 'y')
  const singleQuotedRun = /[^']+/y
  const whitespace = /\s+/y
  let current: string | null = null
  let offset = 0
  let quote: string | null = null
  let index = 0
  while (index < args.length) {
    const character = args[index] ?? ''
    whitespace.lastIndex = index
    if (!quote && whitespace.test(args)) {
      if (current !== null) words.push({ text: current, offset })
      current = null
      index = whitespace.lastIndex
      continue
    }
    if (current === null) {
      current = ''
      offset = index
    }
    const plain = quote === '"' ? doubleQuotedRun : quote === "'" ? singleQuotedRun : unquotedRun
    plain.lastIndex = index
    const run = plain.exec(args)
    if (run) {
      current += run[0]
      index += run[0].length
      continue
    }
    if (character === escape && quote !== "'" && index + 1 < args.length) {
      current += args[index + 1] ?? ''
      index += 2
      continue
    }
    if (quote && character === quote) quote = null
    else if (!quote && (character === '"' || character === "'")) quote = character
    else current += character
    index += 1
  }
  if (current !== null) words.push({ text: current, offset })
  return words
}

// Flags come first (`RUN --mount=… ["sh", "-c", "…"]`, `ADD --chown=app ["…", "/"]`).
const LEADING_FLAGS = /^(?:--\S+\s+)*/

/** The arguments of an exec-form instruction (`["a", "b"]`) after its flags, or null for the shell form. */
export function execFormArgs(args: string): string[] | null {
  const operands = args.slice(LEADING_FLAGS.exec(args)?.[0].length ?? 0)
  if (!operands.startsWith('[')) return null
  try {
    const parsed: unknown = JSON.parse(operands)
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null
  } catch {
    return null
  }
}
