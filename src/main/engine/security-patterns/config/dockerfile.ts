import type { PatternMatch } from '../pattern-match'
import { expandBuildArgs, parseImageReference } from './docker-image-reference'
import { positionInArgs, readDockerfile, type DockerInstruction } from './dockerfile-instructions'
import { execFormArgs, splitWords, type DockerWord } from './dockerfile-words'
import { downloadToShell } from './download-to-shell'
import type { FilePosition } from './file-position'
import { isSecretLikeName } from './secret-like-name'
import { shownName } from './shown-name'

interface Stage {
  /** Lower-cased `AS` name, or null. */
  name: string | null
  /** Where the stage's image reference sits on its FROM line. */
  position: FilePosition
  /** The earlier stage this one builds on (`FROM build`), which it inherits its user from. */
  parent: Stage | null
  /** The image reference with build arguments expanded; null when it depends on a build-time value. */
  image: string | null
  lastUser: { user: string; position: FilePosition } | null
}

// Tags that say the image's own default user is not root (distroless `:nonroot`, `…-rootless`).
const NON_ROOT_IMAGE = /non-?root|rootless/i
const REMOTE_SOURCE = /^https?:\/\//i
const NOT_A_SECRET_VALUE = /^(?:true|false)$/i

/**
 * Insecure constructs in one Dockerfile: a final stage running as root, images not pinned to a
 * version, credentials in ENV or ARG, remote files fetched without a checksum, and downloaded scripts
 * piped to a shell. It never throws; text that is not a Dockerfile yields no matches.
 */
export function checkDockerfile(text: string): PatternMatch[] {
  const { instructions, escape } = readDockerfile(text)
  const matches: PatternMatch[] = []
  const stages: Stage[] = []
  // Only build arguments declared before the first FROM are visible to FROM lines.
  const globalArgs = new Map<string, string>()
  for (const instruction of instructions) {
    const words = () => splitWords(instruction.args, escape)
    const current = stages[stages.length - 1]
    switch (instruction.keyword) {
      case 'FROM': {
        const stage = readStage(instruction, words(), stages, globalArgs)
        stages.push(stage)
        const unpinned = unpinnedImage(stage)
        if (unpinned) matches.push(unpinned)
        break
      }
      case 'USER': {
        const user = words()[0]
        if (current && user) {
          current.lastUser = { user: user.text, position: positionInArgs(instruction, user.offset) }
        }
        break
      }
      case 'ARG':
        for (const word of words()) {
          const [name, value] = splitAssignment(word.text)
          if (stages.length === 0 && value !== undefined) globalArgs.set(name, value)
          if (value !== undefined) checkSecret('ARG', name, value, instruction, word, matches)
        }
        break
      case 'ENV':
        for (const { name, value, word } of environmentAssignments(words())) {
          checkSecret('ENV', name, value, instruction, word, matches)
        }
        break
      case 'ADD': {
        const remote = remoteAddSource(instruction, words())
        if (remote) matches.push(remote)
        break
      }
      case 'RUN': {
        const piped = pipedDownload(instruction)
        if (piped) matches.push(piped)
        break
      }
    }
  }
  const root = rootFinalStage(stages[stages.length - 1])
  if (root) matches.push(root)
  return matches
}

function readStage(
  instruction: DockerInstruction,
  words: DockerWord[],
  earlier: Stage[],
  globalArgs: ReadonlyMap<string, string>,
): Stage {
  const operands = words.filter((word) => !word.text.startsWith('--'))
  const reference = operands[0]?.text ?? ''
  const name = operands[1]?.text.toLowerCase() === 'as' ? (operands[2]?.text.toLowerCase() ?? null) : null
  const image = expandBuildArgs(reference, globalArgs)
  const parent = image === null ? null : (earlier.find((stage) => stage.name === image.toLowerCase()) ?? null)
  const position = operands[0] ? positionInArgs(instruction, operands[0].offset) : instruction.position
  return { name, position, parent, image, lastUser: null }
}

/** An image pulled by `:latest` or by no tag at all; earlier stages and `scratch` are not pulled. */
function unpinnedImage(stage: Stage): PatternMatch | null {
  if (!stage.image || stage.parent || stage.image.toLowerCase() === 'scratch') return null
  const { name, tag, pinnedByDigest } = parseImageReference(stage.image)
  if (pinnedByDigest) return null
  if (tag !== null && tag.toLowerCase() !== 'latest') return null
  const image = shownName(name, '<image>')
  return {
    ruleId: 'dockerfile-latest-tag',
    ...stage.position,
    snippet: tag === null ? `FROM ${image} (no tag, so :latest)` : `FROM ${image}:latest`,
  }
}

/**
 * The final stage running as root. Its user is its own last USER, else that of the stage it builds on;
 * with none at all, the image's default applies, which is root unless its tag says otherwise.
 */
function rootFinalStage(final: Stage | undefined): PatternMatch | null {
  if (!final) return null
  let stage: Stage | null = final
  while (stage && !stage.lastUser) {
    if (!stage.parent && stage.image !== null && NON_ROOT_IMAGE.test(stage.image)) return null
    stage = stage.parent
  }
  if (!stage?.lastUser) {
    return {
      ruleId: 'dockerfile-runs-as-root',
      ...final.position,
      snippet: 'final stage sets no USER, so the container runs as root',
    }
  }
  const user = stage.lastUser.user.split(':')[0]
  if (user !== 'root' && user !== '0') return null
  return {
    ruleId: 'dockerfile-runs-as-root',
    ...stage.lastUser.position,
    snippet: `USER ${user} is the final stage's user`,
  }
}

function splitAssignment(text: string): [string, string | undefined] {
  const equals = text.indexOf('=')
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)]
}

interface Assignment {
  name: string
  value: string
  word: DockerWord
}

/** `ENV A=1 B=2`, or the older `ENV NAME value with spaces` form. */
function environmentAssignments(words: DockerWord[]): Assignment[] {
  const first = words[0]
  if (!first) return []
  if (!first.text.includes('=')) {
    const value = words
      .slice(1)
      .map((word) => word.text)
      .join(' ')
    return [{ name: first.text, value, word: first }]
  }
  const assignments: Assignment[] = []
  for (const word of words) {
    const [name, value] = splitAssignment(word.text)
    if (value !== undefined) assignments.push({ name, value, word })
  }
  return assignments
}

function checkSecret(
  keyword: 'ENV' | 'ARG',
  name: string,
  value: string,
  instruction: DockerInstruction,
  word: DockerWord,
  matches: PatternMatch[],
): void {
  // An empty value or a `$OTHER` reference holds no credential; the value itself is never shown.
  if (!isSecretLikeName(name) || value.trim() === '' || value.startsWith('$')) return
  if (NOT_A_SECRET_VALUE.test(value)) return
  matches.push({
    ruleId: 'dockerfile-secret-in-env',
    ...positionInArgs(instruction, word.offset),
    snippet: `${keyword} ${shownName(name, '<name>')}=<literal value, not shown>`,
  })
}

function remoteAddSource(instruction: DockerInstruction, words: DockerWord[]): PatternMatch | null {
  if (words.some((word) => word.text.startsWith('--checksum='))) return null
  const exec = execFormArgs(instruction.args)
  if (exec) {
    return exec.slice(0, -1).some((source) => REMOTE_SOURCE.test(source))
      ? remoteAddMatch(instruction.position)
      : null
  }
  const sources = words.filter((word) => !word.text.startsWith('--')).slice(0, -1)
  const remote = sources.find((word) => REMOTE_SOURCE.test(word.text))
  return remote ? remoteAddMatch(positionInArgs(instruction, remote.offset)) : null
}

function remoteAddMatch(position: FilePosition): PatternMatch {
  // The address is not shown: it may carry a token in its query or userinfo.
  return { ruleId: 'dockerfile-add-remote-url', ...position, snippet: 'ADD <remote URL> without --checksum' }
}

function pipedDownload(instruction: DockerInstruction): PatternMatch | null {
  const exec = execFormArgs(instruction.args)
  // In the exec form a script can only be an argument of its own (`["sh", "-c", "curl … | sh"]`).
  const inLine = exec ? null : downloadToShell(instruction.args)
  const found =
    inLine ?? [...(exec ?? []), ...instruction.heredocs].map(downloadToShell).find(Boolean) ?? null
  if (!found) return null
  const position = inLine ? positionInArgs(instruction, inLine.offset) : instruction.position
  return {
    ruleId: 'dockerfile-curl-pipe-shell',
    ...position,
    snippet: `RUN ${found.downloader} … | ${found.shell}`,
  }
}
