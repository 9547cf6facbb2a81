import { describe, expect, it } from 'vitest'
import { bundledSecretRules, compileRulePack } from '../../../src/main/engine/secrets/rule-pack'
import { candidateRules, findSecrets } from '../../../src/main/engine/secrets/scan-text'

/** A one-rule pack around `regex`, compiled as the bundled pack is. */
function packWith(regex: string, positive: string, negative: string) {
  return compileRulePack({
    version: 1,
    description: 'test',
    allowlist: [],
    rules: [
      {
        id: 'probe',
        title: 'Probe',
        description: 'Probe',
        severity: 'low',
        keywords: ['k'],
        regex,
        examples: { positive: [positive], negative: [negative] },
      },
    ],
  })
}

const found = (rules: ReturnType<typeof packWith>, text: string): string[] =>
  findSecrets(text, candidateRules(text.toLowerCase(), rules)).map((match) => match.secret)

describe('secret rules run with RE2 semantics', () => {
  it('accept an inline (?i) in the middle of a pattern, which V8 rejects', () => {
    const sendgrid = bundledSecretRules().find((rule) => rule.id === 'sendgrid-api-key')!
    expect(() => new RegExp(sendgrid.regex)).toThrow(SyntaxError)
    // The prefix stays case-sensitive, the body is not.
    const body = `${'aB1'.repeat(7)}x.${'Zq9-'.repeat(10)}abc`
    expect(found([sendgrid], `key=SG.${body}`)).toEqual([`SG.${body}`])
    expect(found([sendgrid], `key=sg.${body}`)).toEqual([])
  })

  it('read [[:alnum:]] as the POSIX class, where V8 reads a different character set', () => {
    const rules = packWith('k=(?P<secret>[[:alnum:]]+)', 'k=abc', 'k=:')
    expect(found(rules, 'k=ab12]')).toEqual(['ab12'])
    expect(/k=([[:alnum:]]+)/.exec('k=ab12]')?.[1]).not.toBe('ab12')
  })

  it('understand \\z as the end of text', () => {
    const pattern = 'k=(?P<secret>[0-9]+)\\z'
    const rules = packWith(pattern, 'k=42', 'k=42 more')
    expect(found(rules, 'k=42')).toEqual(['42'])
    expect(found(rules, 'k=42 more')).toEqual([])
    // Without the u flag V8 would silently read \z as a plain "z".
    expect(() => new RegExp(pattern.replace('?P<secret>', ''), 'u')).toThrow(SyntaxError)
  })
})
