import { describe, expect, it } from 'vitest'
import { checkDockerfile } from '../../../../src/main/engine/security-patterns/config/dockerfile'
import { checkWorkflow, readWorkflow } from '../../../../src/main/engine/security-patterns/config/workflow'

// Configuration files come from the audited repository: each hostile input must come back with a
// result (matches or a problem), never a throw or a hang. The suite's timeout is the hang guard.

const TEN_MEGABYTES = 10 * 1024 * 1024
const CANARY = 'sk_live_CanaryCanaryCanary0123456789'

/** Pseudo-random bytes (fixed seed) read as text, the way a binary file reaches the checks. */
function binaryGarbage(length: number): string {
  const bytes = new Uint8Array(length)
  let state = 42
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648
    bytes[index] = state % 256
  }
  return new TextDecoder().decode(bytes)
}

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  'jobs: &jobs',
  '  a: &job { steps: [*i, *i, *i, { uses: acme/x@v1 }] }',
  '  b: *job',
  '  c: *job',
  'on: push',
].join('\n')

describe('hostile workflow files', () => {
  it('an alias bomb ("billion laughs") is read without expanding it', () => {
    expect(readWorkflow(ALIAS_BOMB)).toEqual({
      matches: [expect.objectContaining({ ruleId: 'workflow-unpinned-third-party-action', line: 11 })],
      problem: null,
    })
  })

  it('a step list shared through an alias by thousands of jobs is checked once', () => {
    const text = [
      'on: push',
      'x-step: &step { uses: acme/x@v1 }',
      `x-steps: &steps [${Array.from({ length: 20_000 }, () => '*step').join(', ')}]`,
      'jobs:',
      ...Array.from({ length: 20_000 }, (_, index) => `  job${index}: { steps: *steps }`),
    ].join('\n')
    expect(readWorkflow(text)).toEqual({
      matches: [expect.objectContaining({ ruleId: 'workflow-unpinned-third-party-action', line: 2 })],
      problem: null,
    })
  })

  it('deeply nested YAML is a problem, not a stack overflow', () => {
    const flow = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    expect(readWorkflow(flow)).toEqual({ matches: [], problem: 'nested too deeply to read' })
    const block = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')
    expect(readWorkflow(block).matches).toEqual([])
  })

  it('a 10 MB single line is refused by size, without being parsed', () => {
    expect(readWorkflow(`on: ${'x'.repeat(TEN_MEGABYTES)}`)).toEqual({
      matches: [],
      problem: 'larger than 1 MB, so it was not read',
    })
  })

  it('a megabyte-long run line full of expression openers stays linear', () => {
    const text = `on: issues\njobs:\n  a:\n    steps:\n      - run: ${'${{ '.repeat(200_000)}\n`
    expect(readWorkflow(text)).toEqual({ matches: [], problem: null })
  })

  it('binary garbage gives a problem or nothing, and never echoes the file', () => {
    const report = readWorkflow(binaryGarbage(100_000) + CANARY)
    expect(report.matches).toEqual([])
    expect(report.problem ?? '').not.toContain(CANARY)
  })

  it('malformed YAML in many shapes never throws', () => {
    for (const text of [
      '{',
      'a: "unclosed',
      'a:\n\tb: 1',
      ':::',
      '*undefined',
      '---\na: 1\n---\nb: 2',
      '%YAML 9.9\n',
    ]) {
      expect(() => checkWorkflow(text)).not.toThrow()
      expect(checkWorkflow(text)).toEqual([])
    }
  })
})

describe('hostile Dockerfiles', () => {
  it('100,000 lines joined by continuations read as one instruction, its matches on the right lines', () => {
    const continued = Array.from({ length: 100_000 }, (_, index) => `    VAR_${index}=value_${index} \\`)
    const text = ['FROM node:20', 'ENV FIRST=1 \\', ...continued, '    API_TOKEN=abc123', 'USER node'].join(
      '\n',
    )
    expect(checkDockerfile(text)).toEqual([
      {
        ruleId: 'dockerfile-secret-in-env',
        line: 100_003,
        column: 5,
        snippet: 'ENV API_TOKEN=<literal value, not shown>',
      },
    ])
  })

  it('a 10 MB single line is read promptly', () => {
    const run = `FROM node:20\nRUN ${'curl x && '.repeat(TEN_MEGABYTES / 10)}echo done\nUSER node\n`
    expect(checkDockerfile(run)).toEqual([])
    const env = `FROM node:20\nENV ${'A=1 '.repeat(TEN_MEGABYTES / 4)}\nUSER node\n`
    expect(checkDockerfile(env)).toEqual([])
    const pipes = `FROM node:20\nRUN ${'curl | '.repeat(TEN_MEGABYTES / 7)}\nUSER node\n`
    expect(checkDockerfile(pipes)).toEqual([])
  })

  it('binary garbage yields no match and no throw', () => {
    expect(() => checkDockerfile(binaryGarbage(1_000_000))).not.toThrow()
  })

  it('an unterminated heredoc swallows the rest of the file without failing', () => {
    const text = ['FROM node:20', 'RUN <<EOF', ...Array.from({ length: 50_000 }, () => 'USER root')].join(
      '\n',
    )
    expect(checkDockerfile(text).map((match) => match.ruleId)).toEqual(['dockerfile-runs-as-root'])
  })

  it('never shows the value of a credential', () => {
    const text = `FROM node:20\nENV STRIPE_SECRET_KEY=${CANARY}\nARG DB_PASSWORD="${CANARY}"\nENV TOKEN ${CANARY}\n`
    const matches = checkDockerfile(text)
    expect(matches.filter((match) => match.ruleId === 'dockerfile-secret-in-env')).toHaveLength(3)
    expect(JSON.stringify(matches)).not.toContain('Canary')
  })
})
