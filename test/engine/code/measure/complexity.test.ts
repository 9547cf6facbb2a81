import { describe, expect, it } from 'vitest'
import { COMPLEXITY_CASES } from './complexity-cases'
import { measure } from './measure-source'

describe('cyclomatic (ESLint) and cognitive (white paper) complexity', () => {
  it.each(COMPLEXITY_CASES.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    const { functions } = measure(example.source, example.file)
    expect(functions.map(({ name, cyclomatic, cognitive }) => ({ name, cyclomatic, cognitive }))).toEqual(
      example.functions,
    )
  })

  it('has at least one case for every construct the two definitions name', () => {
    const sources = COMPLEXITY_CASES.map((example) => example.source).join('\n')
    const constructs = [
      /\bif \(/,
      /\belse if\b/,
      /\belse \{/,
      / \? .* : /,
      /\bfor \(let/,
      /\bfor \(const \w+ in\b/,
      /\bfor \(const \w+ of\b/,
      /\bfor await\b/,
      /\bwhile \(/,
      /\bdo \{/,
      /\bswitch \(/,
      /\bcase \d+:/,
      /\bdefault:/,
      /\bcatch\b/,
      /\bfinally\b/,
      /&&/,
      /\|\|/,
      /\?\?/,
      /\|\|=/,
      /&&=/,
      /\?\?=/,
      /\?\.\w/,
      /\?\.\[/,
      /\?\.\(/,
      /continue \w+/,
      /break \w+/,
      /\bstatic \{/,
      /\bget \w+\(/,
      /\bset \w+\(/,
      /=>/,
      /<\w+>/,
    ]
    expect(constructs.filter((construct) => !construct.test(sources))).toEqual([])
    expect(COMPLEXITY_CASES.length).toBeGreaterThanOrEqual(40)
  })
})
