import { describe, expect, it } from 'vitest'
import codeRules from '../../../resources/security-patterns/code-rules.json'
import { RULE_FAMILIES } from '../../../src/main/engine/security-patterns/rule-families'
import { CODE_RULE_CASES } from './code-rule-cases'
import { matchCode } from './match-code'

const ruleIds = codeRules.rules.map((rule) => rule.id)
const ruleIdsOf = (code: string, path?: string) => matchCode(code, path).map((match) => match.ruleId)

describe('the code rules', () => {
  it('each have a matcher, and every matcher a rule', () => {
    const matched = RULE_FAMILIES.flatMap((family) => family.ruleIds)
    expect(new Set(matched).size).toBe(matched.length)
    expect([...matched].sort()).toEqual([...ruleIds].sort())
  })

  it('each have at least one positive and one negative case', () => {
    for (const id of ruleIds) {
      expect(CODE_RULE_CASES[id]?.positive.length ?? 0, `${id} positive cases`).toBeGreaterThan(0)
      expect(CODE_RULE_CASES[id]?.negative.length ?? 0, `${id} negative cases`).toBeGreaterThan(0)
    }
    expect(Object.keys(CODE_RULE_CASES).sort()).toEqual([...ruleIds].sort())
  })

  describe.each(Object.entries(CODE_RULE_CASES))('%s', (id, { positive, negative }) => {
    it.each(positive)('matches %s', (code) => {
      expect(ruleIdsOf(code)).toContain(id)
    })
    it.each(negative)('does not match %s', (code) => {
      expect(ruleIdsOf(code)).not.toContain(id)
    })
  })
})

describe('the pattern matcher', () => {
  it('places a match at its 1-based line and column, with a snippet of its own words', () => {
    const code =
      "import { exec } from 'child_process'\n\nexport function run(dir: string) {\n  exec(`ls ${dir}`)\n}\n"
    expect(matchCode(code, 'src/run.ts')).toEqual([
      { ruleId: 'child-process-interpolated', line: 4, column: 3, snippet: 'exec(template with ${…})' },
    ])
  })

  it('follows one hop back through a const in the same function, not into another function', () => {
    const sameFunction = 'function f(req, res) { const target = req.query.next; res.redirect(target) }'
    expect(matchCode(sameFunction)).toEqual([
      expect.objectContaining({
        ruleId: 'open-redirect',
        snippet: 'res.redirect(request input target (from req.query.next))',
      }),
    ])
    const otherFunction =
      'function f(req) { const target = req.query.next; return () => target }\nfunction g(res, target) { res.redirect(target) }'
    expect(ruleIdsOf(otherFunction)).toEqual([])
  })

  it('describes a session middleware setting in balanced braces', () => {
    expect(matchCode('app.use(session({ secret, cookie: { secure: false } }))')[0]?.snippet).toBe(
      'session({ cookie: { secure: false } })',
    )
    expect(matchCode('app.use(cookieSession({ keys, httpOnly: false }))')[0]?.snippet).toBe(
      'cookieSession({ httpOnly: false })',
    )
  })

  it('treats a debug switch in a production configuration file as production', () => {
    expect(ruleIdsOf('module.exports = { debug: true }', 'config/production.js')).toEqual([
      'debug-mode-production',
    ])
    expect(ruleIdsOf('module.exports = { debug: true }', 'config/development.js')).toEqual([])
  })

  it('never writes a string from the file into a snippet', () => {
    const planted = 'Zq8vN3kLp2Rt7wXy'
    const code = [
      `const dbPassword = '${planted}'`,
      `exec('rm ' + '${planted}' + dir)`,
      `db.query('SELECT * FROM t WHERE a = \\'${planted}\\' AND b = ' + b)`,
      `res.cookie('session_${planted}', id)`,
      `crypto.createHash('${planted}').update(password)`,
      `const api = { apiKey: \`${planted}\` }`,
      `const cipher = crypto.createCipheriv('${planted}-ecb', key, iv)`,
      `eval(handlers['${planted}']())`,
    ].join('\n')
    const matches = matchCode(code)
    expect(new Set(matches.map((match) => match.ruleId)).size).toBeGreaterThanOrEqual(7)
    // Case-insensitive: a snippet that lower-cased the text would still leak it.
    expect(JSON.stringify(matches).toLowerCase()).not.toContain(planted.toLowerCase())
    expect(matches.find((match) => match.ruleId === 'hardcoded-credential')?.snippet).toBe(
      `dbPassword = "…" (${planted.length} characters)`,
    )
  })
})
