import { ts } from 'ts-morph'
import { requestInputOf, requestInputWithin } from './request-input'
import type { FileContext, RuleFamily } from './rule-family'
import {
  calleeName,
  concatenationParts,
  isConcatenation,
  mayHaveProperty,
  propertyValue,
  receiverName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

/** What frameworks call the response: Express, Fastify, Koa, Next.js API routes. */
const RESPONSE_OBJECTS: ReadonlySet<string> = new Set(['res', 'response', 'reply', 'ctx', 'h'])
const HTML_WRITERS: ReadonlySet<string> = new Set(['send', 'write', 'end'])
const REDIRECTS: ReadonlySet<string> = new Set(['redirect', 'location'])
/** `fs` functions whose first argument is a path, and Express's file responses. */
const PATH_FUNCTIONS: ReadonlySet<string> = new Set([
  'readFile',
  'readFileSync',
  'createReadStream',
  'writeFile',
  'writeFileSync',
  'createWriteStream',
  'appendFile',
  'appendFileSync',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'readdir',
  'readdirSync',
  'open',
  'openSync',
  'copyFile',
  'copyFileSync',
  'rename',
  'renameSync',
  'sendFile',
  'download',
])
const FS_OBJECTS = /^(?:fs|fsp|promises|fse|fsExtra|fsPromises|res|response|reply)$/
const PATH_JOINERS: ReadonlySet<string> = new Set(['join', 'resolve', 'normalize'])
/** HTTP clients whose first argument (or `url` option) is where the server sends a request. */
const HTTP_CLIENTS: ReadonlySet<string> = new Set([
  'fetch',
  'axios',
  'got',
  'request',
  'needle',
  'superagent',
])
const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'request',
])
const HTTP_CLIENT_OBJECTS = /^(?:axios|got|http|https|request|needle|superagent|client|httpClient|ky)$/

/**
 * Request input that decides the start of a value: used whole, or the first part of a built string
 * (`${req.query.next}/done`). `'/done?next=' + req.query.next` starts with a fixed path, so it cannot
 * send anyone to another site.
 */
function leadingRequestInput(expression: ts.Expression): string | undefined {
  const direct = requestInputOf(expression)
  if (direct !== undefined) return direct
  const node = unwrap(expression)
  if (ts.isTemplateExpression(node)) {
    const [span] = node.templateSpans
    return node.head.text === '' && span !== undefined ? requestInputOf(span.expression) : undefined
  }
  const [first] = isConcatenation(node) ? concatenationParts(node) : []
  return first === undefined ? undefined : requestInputOf(first)
}

/** A path from the request, whole, in a built string or in `path.join(…)`. */
function requestPathIn(expression: ts.Expression): string | undefined {
  const direct = requestInputWithin(expression)
  if (direct !== undefined) return direct
  const node = unwrap(expression)
  if (!ts.isCallExpression(node) || !PATH_JOINERS.has(calleeName(node) ?? '')) return undefined
  for (const argument of node.arguments) {
    const found = requestInputWithin(argument)
    if (found !== undefined) return found
  }
  return undefined
}

function isResponseCall(call: ts.CallExpression): boolean {
  const receiver = receiverName(call)
  return receiver !== undefined && RESPONSE_OBJECTS.has(receiver)
}

function checkCall(call: ts.CallExpression, file: FileContext): void {
  const name = calleeName(call)
  const [first, second] = call.arguments
  if (name === undefined || first === undefined) return
  const receiver = receiverName(call)
  if (HTML_WRITERS.has(name) && isResponseCall(call)) {
    const input = requestInputWithin(first)
    if (input !== undefined) file.report('reflected-xss', call, `${receiver}.${name}(request input ${input})`)
    return
  }
  if (REDIRECTS.has(name) && isResponseCall(call)) {
    // `res.redirect(301, url)`: Express takes the status first.
    const target = call.arguments.length > 1 && ts.isNumericLiteral(unwrap(first)) ? second : first
    const input = target === undefined ? undefined : leadingRequestInput(target)
    if (input !== undefined) file.report('open-redirect', call, `${receiver}.${name}(request input ${input})`)
    return
  }
  if (PATH_FUNCTIONS.has(name) && (receiver === undefined || FS_OBJECTS.test(receiver))) {
    // Express's `res.sendFile(name, { root })` refuses paths that leave the root.
    if ((name === 'sendFile' || name === 'download') && mayHaveProperty(second, 'root')) return
    const input = requestPathIn(first)
    if (input !== undefined)
      file.report(
        'path-traversal',
        call,
        `${receiver === undefined ? '' : `${receiver}.`}${name}(path from request input ${input})`,
      )
    return
  }
  const isClient =
    (receiver === undefined && HTTP_CLIENTS.has(name)) ||
    (receiver !== undefined && HTTP_METHODS.has(name) && HTTP_CLIENT_OBJECTS.test(receiver))
  if (!isClient) return
  const url = ts.isObjectLiteralExpression(unwrap(first)) ? propertyValue(first, 'url') : first
  const input = url === undefined ? undefined : leadingRequestInput(url)
  if (input !== undefined)
    file.report(
      'ssrf-request-url',
      call,
      `${receiver === undefined ? '' : `${receiver}.`}${name}(URL from request input ${input})`,
    )
}

/** Request input that reaches the response, a redirect, the file system or an outgoing request. */
export const requestSinks: RuleFamily = {
  ruleIds: ['reflected-xss', 'open-redirect', 'path-traversal', 'ssrf-request-url'],
  trigger: /\b(?:req|request|ctx|context|event)\b/,
  kinds: [SyntaxKind.CallExpression],
  check(node, file) {
    checkCall(node as ts.CallExpression, file)
  },
}
