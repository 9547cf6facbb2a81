import { describe, expect, it } from 'vitest'
import { IdentityResolver, isBot } from '../../../src/main/engine/history/identities'

describe('IdentityResolver', () => {
  it('merges identities that share an email, case-insensitively, under the most-used one', () => {
    const resolver = new IdentityResolver()
    const laptop = resolver.see('Ada', 'Ada@Example.com')
    const work = resolver.see('Ada Lovelace', 'ada@example.com')
    resolver.see('Ada Lovelace', 'ada@example.com')
    const people = resolver.resolve()
    const [first, second] = [people[laptop], people[work]]
    expect(first).toBe(second)
    expect(first).toEqual({
      id: 'ada@example.com',
      name: 'Ada Lovelace',
      emails: ['ada@example.com'],
      bot: false,
    })
  })

  it('merges a distinctive name across emails, chaining through shared ones', () => {
    const resolver = new IdentityResolver()
    const home = resolver.see('Grace Hopper', 'grace@home.example')
    const work = resolver.see('grace  hopper', 'ghopper@navy.example')
    const noreply = resolver.see('GH', 'ghopper@navy.example')
    const people = resolver.resolve()
    expect(new Set([people[home], people[work], people[noreply]]).size).toBe(1)
    expect(people[home]?.emails.sort()).toEqual(['ghopper@navy.example', 'grace@home.example'])
  })

  it('does not merge different people who share a generic name, and keeps their ids apart', () => {
    const resolver = new IdentityResolver()
    const one = resolver.see('root', 'one@example.com')
    const two = resolver.see('root', 'two@example.com')
    const blankA = resolver.see('ci', '')
    const blankB = resolver.see('CI', '')
    const people = resolver.resolve()
    expect(people[one]?.id).toBe('one@example.com')
    expect(people[two]?.id).toBe('two@example.com')
    expect(people[blankA]?.id).not.toBe(people[blankB]?.id)
  })

  it('does not merge two bots through their shared name', () => {
    const resolver = new IdentityResolver()
    const bot = resolver.see('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com')
    expect(resolver.resolve()[bot]?.bot).toBe(true)
  })
})

describe('isBot', () => {
  it.each([
    ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', true],
    ['renovate[bot]', 'bot@renovateapp.com', true],
    ['github-actions', '41898282+github-actions[bot]@users.noreply.github.com', true],
    ['Renovate Bot', 'bot@renovateapp.com', true],
    ['Ada Lovelace', 'ada@example.com', false],
    ['Abbot Smith', 'abbot@example.com', false],
  ])('%s <%s> → %s', (name, email, expected) => {
    expect(isBot(name, email)).toBe(expected)
  })
})
