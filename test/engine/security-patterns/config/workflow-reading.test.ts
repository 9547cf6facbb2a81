import { describe, expect, it } from 'vitest'
import { checkWorkflow, readWorkflow } from '../../../../src/main/engine/security-patterns/config/workflow'

const CANARY = 'ghp_CanaryCanaryCanary0123456789'

describe('readWorkflow', () => {
  it('reports an unparsable workflow by the line where parsing failed, without quoting the file', () => {
    const report = readWorkflow(`on: push\njobs:\n  a: [${CANARY}\n  b: c\n`)
    expect(report).toEqual({ matches: [], problem: 'not valid YAML at line 4' })
    expect(checkWorkflow(`on: push\njobs:\n  a: [${CANARY}\n`)).toEqual([])
  })

  it('says when the top level is not a mapping, and reads an empty file as nothing to report', () => {
    expect(readWorkflow(`- ${CANARY}\n`)).toEqual({
      matches: [],
      problem: 'not a workflow: the top level is not a mapping',
    })
    expect(readWorkflow('')).toEqual({ matches: [], problem: null })
    expect(readWorkflow('# only a comment\n')).toEqual({ matches: [], problem: null })
  })

  it('follows aliases to jobs and steps, and reports a shared step once', () => {
    const text = [
      'on: push',
      'x-step: &unpinned',
      '  uses: acme/deploy@v1',
      'jobs:',
      '  a:',
      '    steps: [*unpinned]',
      '  b:',
      '    steps:',
      '      - *unpinned',
      '      - run: echo ok',
    ].join('\n')
    expect(checkWorkflow(text)).toEqual([
      {
        ruleId: 'workflow-unpinned-third-party-action',
        line: 3,
        column: 9,
        snippet: 'uses: acme/deploy@v1',
      },
    ])
  })

  it('reads `on` as the trigger key even under a YAML 1.1 directive, where it would mean true', () => {
    const text = [
      '%YAML 1.1',
      '---',
      'on: pull_request_target',
      'permissions: { contents: write }',
      'jobs: {}',
    ].join('\n')
    expect(checkWorkflow(text).map((match) => [match.ruleId, match.line])).toEqual([
      ['workflow-write-all-permissions', 4],
    ])
  })

  it('writes snippets in its own words: an odd version or action name is not copied', () => {
    const text = `on: push\njobs:\n  a:\n    steps:\n      - uses: "acme/x@${CANARY}:?&"\n`
    const [match] = checkWorkflow(text)
    expect(match?.snippet).toBe('uses: acme/x@<version>')
  })

  it('points a script injection at the expression inside a folded block', () => {
    const text = [
      'on: pull_request_target',
      'jobs:',
      '  a:',
      '    steps:',
      '      - name: greet',
      '        run: >',
      '          echo hello',
      '          && echo "${{ github.event.pull_request.body }}"',
    ].join('\n')
    expect(checkWorkflow(text)).toEqual([
      {
        ruleId: 'workflow-script-injection',
        line: 8,
        column: 20,
        snippet: 'run: … ${{ github.event.pull_request.body }} …',
      },
    ])
  })
})
