/**
 * The languages the inventory counts, as data: how a file is recognised and how its comments are
 * written. Comment rules follow cloc's default filters (cloc 1.96), quirks included, so the
 * numbers can be compared with the tool auditors already know; count-lines.ts applies them.
 */

/**
 * How cloc attributes code on the first and last line of a block comment that spans lines. It
 * removes comments with different routines, and each leaves those two lines differently:
 * - 'joined': one regex over the whole text, so the text after the closer joins the opener's
 *   line: that line is code if either end has code, and the closing line counts as comment.
 *   A closer that never comes makes the opener plain code.
 * - 'per-line': each line keeps its own code, before the opener and after the closer; an
 *   opener that is never closed comments out the rest of the file.
 * - 'markup': like 'per-line', except that a line ending inside a comment is all comment.
 */
export type BlockCommentStyle = 'joined' | 'per-line' | 'markup'

interface BlockCommentSyntax {
  open: readonly string[]
  /** Any of these closes whichever opener started the comment (Python's ''' and """ pair freely in cloc). */
  close: readonly string[]
  style: BlockCommentStyle
  /** Letters cloc swallows just before an opener, as part of the comment (Python's u"""…"""). */
  openerPrefixes?: string
}

/** cloc rewrites these before it looks for comments (Java string literals that end in a comment marker). */
export interface TextRewrite {
  /** The rewrite can only apply if the text contains one of these; checked first because it is cheap. */
  triggers: readonly string[]
  pattern: RegExp
  replacement: string
}

export interface CommentSyntax {
  /** A line whose first non-blank text starts with one of these is comment, whatever else it holds. */
  wholeLine?: readonly string[]
  /** Like wholeLine, but judged once block comments are removed, so block markers in it still count (SQL). */
  wholeLineAfterBlocks?: readonly string[]
  /** A comment from the marker to the end of the line, anywhere outside a block comment. */
  toLineEnd?: readonly string[]
  /** A line comment ending in a backslash pulls the next line into its line (cloc's C++ regex). */
  backslashJoinsLineComment?: boolean
  /**
   * After a line ending in a backslash, the next line is kept even if blank or emptied by comment
   * removal, and counts as code (the languages cloc lists with an end-of-line continuation).
   */
  backslashContinuesLines?: boolean
  block?: BlockCommentSyntax
  /** Lines from one starting with `begin` (first column) to one starting with `end` are comment (Ruby). */
  lineRegion?: { begin: string; end: string }
  /** A line matching this is comment; only lines whose first non-blank character is `firstChar` are tried. */
  commentLine?: { firstChar: string; pattern: RegExp }
  rewrites?: readonly TextRewrite[]
}

/** GitHub Linguist's language types. */
export type LanguageType = 'programming' | 'markup' | 'data' | 'prose'

export interface LanguageDefinition {
  name: string
  type: LanguageType
  /** Lower-case, without the dot. */
  extensions: readonly string[]
  /** Exact file names, compared case-insensitively. */
  filenames?: readonly string[]
  /** File-name beginnings, compared case-insensitively (Dockerfile.prod). */
  filenamePrefixes?: readonly string[]
  /**
   * Interpreters named by a shebang, version suffix dropped (python3.12 → python). Languages with
   * interpreters are scripts: like cloc, a first-line shebang counts as code, not comment.
   */
  interpreters?: readonly string[]
  comments: CommentSyntax
}

/** cloc's C++ regex: line comments and block comments everywhere, with no notion of strings. */
const C_LIKE: CommentSyntax = {
  toLineEnd: ['//'],
  backslashJoinsLineComment: true,
  block: { open: ['/*'], close: ['*/'], style: 'joined' },
}

const C_LIKE_CONTINUED: CommentSyntax = { ...C_LIKE, backslashContinuesLines: true }

/** cloc's C regex: block comments only. */
const C_BLOCK_ONLY: CommentSyntax = { block: { open: ['/*'], close: ['*/'], style: 'joined' } }

const HASH_LINES: CommentSyntax = { wholeLine: ['#'] }

const HASH_LINES_CONTINUED: CommentSyntax = { ...HASH_LINES, backslashContinuesLines: true }

const NO_COMMENTS: CommentSyntax = {}

export const LANGUAGES: readonly LanguageDefinition[] = [
  {
    name: 'TypeScript',
    type: 'programming',
    extensions: ['ts', 'mts', 'cts'],
    interpreters: ['ts-node', 'tsx'],
    comments: C_LIKE_CONTINUED,
  },
  { name: 'TSX', type: 'programming', extensions: ['tsx'], comments: C_LIKE_CONTINUED },
  {
    name: 'JavaScript',
    type: 'programming',
    extensions: ['js', 'mjs', 'cjs'],
    interpreters: ['node', 'nodejs'],
    comments: C_LIKE_CONTINUED,
  },
  { name: 'JSX', type: 'programming', extensions: ['jsx'], comments: C_LIKE_CONTINUED },
  { name: 'JSON', type: 'data', extensions: ['json'], comments: NO_COMMENTS },
  { name: 'CSS', type: 'markup', extensions: ['css'], comments: C_BLOCK_ONLY },
  { name: 'SCSS', type: 'markup', extensions: ['scss'], comments: C_LIKE },
  {
    name: 'HTML',
    type: 'markup',
    extensions: ['html', 'htm'],
    comments: { block: { open: ['<!--'], close: ['-->'], style: 'markup' } },
  },
  {
    name: 'Markdown',
    type: 'prose',
    extensions: ['md', 'markdown'],
    comments: {
      block: { open: ['<!--'], close: ['-->'], style: 'per-line' },
      commentLine: {
        firstChar: '[',
        pattern: /^\s*(?:\[(?:comment|\/\/)?\]\s*:?\s*(?:<\s*>|#)?\s*\(.*?\)\s*)+$/,
      },
    },
  },
  { name: 'YAML', type: 'data', extensions: ['yml', 'yaml'], comments: HASH_LINES },
  {
    name: 'Python',
    type: 'programming',
    extensions: ['py', 'pyi', 'pyw'],
    interpreters: ['python'],
    // cloc counts every triple-quoted string as a comment, docstring or not.
    comments: {
      wholeLine: ['#'],
      backslashContinuesLines: true,
      block: { open: ['"""', "'''"], close: ['"""', "'''"], style: 'joined', openerPrefixes: 'uU' },
    },
  },
  { name: 'Go', type: 'programming', extensions: ['go'], comments: C_LIKE_CONTINUED },
  {
    name: 'Java',
    type: 'programming',
    extensions: ['java'],
    comments: {
      ...C_LIKE,
      backslashJoinsLineComment: false,
      rewrites: [
        { triggers: ['/*"', "/*'"], pattern: /(["'])([^\n]*?\/\*)\1/g, replacement: 'xx' },
        { triggers: ['*/"', "*/'"], pattern: /(["'])([^\n]*?\*\/)\1/g, replacement: 'xx' },
      ],
    },
  },
  {
    name: 'Ruby',
    type: 'programming',
    extensions: ['rb', 'rake', 'gemspec'],
    filenames: ['Gemfile', 'Rakefile', 'Vagrantfile'],
    interpreters: ['ruby'],
    comments: {
      wholeLine: ['#'],
      backslashContinuesLines: true,
      lineRegion: { begin: '=begin', end: '=end' },
    },
  },
  {
    name: 'SQL',
    type: 'data',
    extensions: ['sql'],
    comments: { ...C_BLOCK_ONLY, wholeLineAfterBlocks: ['--'] },
  },
  {
    name: 'Shell',
    type: 'programming',
    extensions: ['sh', 'bash'],
    interpreters: ['sh', 'bash', 'dash'],
    comments: HASH_LINES_CONTINUED,
  },
  {
    name: 'Dockerfile',
    type: 'programming',
    extensions: ['dockerfile'],
    filenames: ['Dockerfile'],
    filenamePrefixes: ['Dockerfile.'],
    comments: HASH_LINES,
  },
  { name: 'Rust', type: 'programming', extensions: ['rs'], comments: C_LIKE },
  { name: 'C', type: 'programming', extensions: ['c'], comments: C_LIKE_CONTINUED },
  { name: 'C++', type: 'programming', extensions: ['cpp', 'cc', 'cxx', 'c++'], comments: C_LIKE_CONTINUED },
  {
    name: 'C/C++ Header',
    type: 'programming',
    extensions: ['h', 'hh', 'hpp', 'hxx'],
    comments: C_LIKE_CONTINUED,
  },
  { name: 'C#', type: 'programming', extensions: ['cs'], comments: C_LIKE_CONTINUED },
  { name: 'Kotlin', type: 'programming', extensions: ['kt', 'kts'], comments: C_LIKE },
  {
    name: 'PHP',
    type: 'programming',
    extensions: ['php'],
    interpreters: ['php'],
    comments: { ...C_LIKE, wholeLine: ['#'] },
  },
  { name: 'Swift', type: 'programming', extensions: ['swift'], comments: C_LIKE_CONTINUED },
  { name: 'TOML', type: 'data', extensions: ['toml'], comments: HASH_LINES },
  {
    name: 'XML',
    type: 'data',
    extensions: ['xml'],
    comments: { block: { open: ['<!--'], close: ['-->'], style: 'markup' } },
  },
  {
    name: 'Makefile',
    type: 'programming',
    extensions: ['mk'],
    filenames: ['Makefile', 'GNUmakefile'],
    interpreters: ['make'],
    comments: HASH_LINES_CONTINUED,
  },
]
