import { describe, expect, it } from 'vitest'
import {
  positionInArgs,
  readDockerfile,
} from '../../../../src/main/engine/security-patterns/config/dockerfile-instructions'
import { splitWords } from '../../../../src/main/engine/security-patterns/config/dockerfile-words'

describe('readDockerfile', () => {
  it('joins continuation lines, dropping comment and blank lines inside them', () => {
    const { instructions } = readDockerfile(
      [
        'FROM node:20',
        'RUN apt-get update && \\',
        '# a comment',
        '',
        '    apt-get install -y git',
        'USER node',
      ].join('\n'),
    )
    expect(instructions.map((instruction) => [instruction.keyword, instruction.args])).toEqual([
      ['FROM', 'node:20'],
      ['RUN', 'apt-get update &&     apt-get install -y git'],
      ['USER', 'node'],
    ])
    expect(instructions.map((instruction) => instruction.position.line)).toEqual([1, 2, 6])
  })

  it('maps an offset in the joined arguments back to its line and column', () => {
    const [, run] = readDockerfile('FROM x\r\n  run a \\\r\n  b').instructions
    expect(run?.position).toEqual({ line: 2, column: 3 })
    expect(run && positionInArgs(run, 0)).toEqual({ line: 2, column: 7 })
    expect(run && positionInArgs(run, run.args.indexOf('b'))).toEqual({ line: 3, column: 3 })
  })

  it('honours the escape directive only at the top of the file', () => {
    const windows = readDockerfile('# escape=`\nFROM x\nRUN dir `\n  c:\\\\')
    expect(windows.escape).toBe('`')
    expect(windows.instructions[1]?.args).toBe('dir   c:\\\\')
    const late = readDockerfile('FROM x\n# escape=`\nRUN a \\\n b')
    expect(late.escape).toBe('\\')
    expect(late.instructions[1]?.args).toBe('a  b')
  })

  it('keeps heredoc bodies apart, so their lines are not read as instructions', () => {
    const { instructions } = readDockerfile(
      ['FROM x', 'RUN <<EOF cat <<-"END"', 'USER root', 'EOF', '\tFROM y', 'END', 'USER app'].join('\n'),
    )
    expect(instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'RUN', 'USER'])
    expect(instructions[1]?.heredocs).toEqual(['USER root', 'FROM y'])
    expect(instructions[2]?.args).toBe('app')
  })

  it('reads a shell here-string as part of the line, not as a heredoc', () => {
    const { instructions } = readDockerfile('FROM x\nRUN cat <<<word\nUSER app\nword')
    expect(instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'RUN', 'USER', 'WORD'])
    expect(instructions[1]?.heredocs).toEqual([])
  })

  it('ends an unterminated continuation or heredoc at the end of the file', () => {
    expect(readDockerfile('FROM x\nRUN a \\').instructions[1]?.args).toBe('a ')
    expect(readDockerfile('FROM x\nRUN <<EOF\necho').instructions[1]?.heredocs).toEqual(['echo'])
  })
})

describe('splitWords', () => {
  it('splits on whitespace, keeps quoted text together and applies escapes', () => {
    expect(splitWords(`A="x y" B='$z' C=a\\ b`, '\\')).toEqual([
      { text: 'A=x y', offset: 0 },
      { text: 'B=$z', offset: 8 },
      { text: 'C=a b', offset: 15 },
    ])
  })
})
