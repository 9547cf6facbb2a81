import { describe, expect, it } from 'vitest'
import { matchCode } from './match-code'

/** What `res.redirect(<expression>)` reports as the request input, after `setup` ran in the same function. */
function inputIn(expression: string, setup = ''): string | undefined {
  const code = `function handler(req, res, ctx, event, request) { ${setup}; res.redirect(${expression}) }`
  return matchCode(code, 'src/handler.ts')[0]?.snippet.replace(/^res\.redirect\(request input (.*)\)$/, '$1')
}

describe('request input', () => {
  it.each([
    ['req.query.next', 'req.query.next'],
    ['req.body.url', 'req.body.url'],
    ['req.params.id', 'req.params.id'],
    ['req.headers.referer', 'req.headers.referer'],
    ['req.cookies.returnTo', 'req.cookies.returnTo'],
    ["req.query['next']", 'req.query.[…]'],
    ['ctx.query.to', 'ctx.query.to'],
    ['ctx.request.body.to', 'ctx.request.body.to'],
    ['event.queryStringParameters.to', 'event.queryStringParameters.to'],
    ['request.query.to as string', 'request.query.to'],
  ])('is read from %s', (expression, label) => {
    expect(inputIn(expression)).toBe(label)
  })

  it('follows a local const one hop back, plain or destructured', () => {
    expect(inputIn('next', 'const next = req.query.next')).toBe('next (from req.query.next)')
    expect(inputIn('to', 'const { to } = req.body')).toBe('to (from req.body.to)')
    expect(inputIn('target', 'const { next: target } = req.query')).toBe('target (from req.query.next)')
    expect(inputIn('query', 'const { query } = req')).toBe('query (from req.query)')
  })

  it('is not a let that may have changed, a second hop, or a request object’s other parts', () => {
    expect(inputIn('next', 'let next = req.query.next')).toBeUndefined()
    expect(inputIn('b', 'const a = req.query.next; const b = a')).toBeUndefined()
    expect(inputIn('req.url')).toBeUndefined()
    expect(inputIn('req.session.returnTo')).toBeUndefined()
    expect(inputIn('config.query.next')).toBeUndefined()
  })
})
