import { ts } from 'ts-morph'
import { describeValue } from './describe-value'
import { localConstOf } from './local-const'
import { requestInputOf, requestInputWithin } from './request-input'
import type { FileContext, RuleFamily } from './rule-family'
import {
  calleeName,
  describeBuiltString,
  fixedTextOf,
  isBuiltString,
  isFixedString,
  isTrue,
  nameOf,
  shortName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

/** Methods that run the SQL they are given: node-postgres, mysql, sqlite, knex, Sequelize, TypeORM, Prisma, postgres.js. */
const QUERY_METHODS: ReadonlySet<string> = new Set([
  'query',
  'execute',
  'exec',
  'run',
  'all',
  'get',
  'prepare',
  'raw',
  'unsafe',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
])
/** Knex's raw fragments: they are SQL by name, so no keyword is needed to tell. */
const RAW_FRAGMENT_METHODS: ReadonlySet<string> = new Set([
  'whereRaw',
  'orWhereRaw',
  'havingRaw',
  'orderByRaw',
  'groupByRaw',
  'joinRaw',
  'selectRaw',
  'fromRaw',
])
/** A SQL statement, not a word that happens to be in a URL or a message. */
/** Only the start of a very long string is looked at, so a hostile file cannot make the test slow. */
const MAX_SQL_TEXT = 4096
const SQL_STATEMENT =
  /\bselect\b[\s\S]*\bfrom\b|\binsert\s+into\b|\bupdate\b[\s\S]*\bset\b|\bdelete\s+from\b|\b(?:create|drop|alter|truncate)\s+table\b|\bwhere\s+\w+\s*(?:=|<|>|like\b|in\b)/i
/** MongoDB and Mongoose methods whose first argument is a filter the database interprets. */
const MONGO_FILTER_METHODS: ReadonlySet<string> = new Set([
  'find',
  'findOne',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'countDocuments',
  'replaceOne',
  'aggregate',
])

/** The string a query call receives, built here or one hop back in a local `const`. */
function builtQueryOf(argument: ts.Expression): ts.Expression | undefined {
  const node = unwrap(argument)
  if (isBuiltString(node)) return node
  if (!ts.isIdentifier(node)) return undefined
  const value = localConstOf(node)
  return value !== undefined && value.property === undefined && isBuiltString(value.initializer)
    ? value.initializer
    : undefined
}

function checkQuery(call: ts.CallExpression, name: string, file: FileContext): void {
  const [first] = call.arguments
  if (first === undefined) return
  const built = builtQueryOf(first)
  if (built === undefined) return
  if (!RAW_FRAGMENT_METHODS.has(name) && !SQL_STATEMENT.test(fixedTextOf(built).slice(0, MAX_SQL_TEXT)))
    return
  const argument = unwrap(first)
  const via = ts.isIdentifier(argument) ? `${shortName(argument.text)}: ` : ''
  file.report('sql-built-query', call, `${name}(${via}SQL ${describeBuiltString(built)})`)
}

function checkCall(call: ts.CallExpression | ts.NewExpression, file: FileContext): void {
  const name = calleeName(call)
  const [first] = call.arguments ?? []
  if (name === undefined || first === undefined) return
  if (name === 'RegExp') {
    const input = requestInputWithin(first)
    if (input !== undefined) file.report('regexp-from-request', call, `RegExp(request input ${input})`)
    return
  }
  if (!ts.isCallExpression(call)) return
  if (QUERY_METHODS.has(name) || RAW_FRAGMENT_METHODS.has(name)) checkQuery(call, name, file)
  else if (MONGO_FILTER_METHODS.has(name)) {
    const input = requestInputOf(first)
    if (input !== undefined) file.report('nosql-injection', call, `${name}(request input ${input})`)
  } else if (name === 'unserialize' && !isFixedString(first))
    file.report('insecure-deserialization', call, `unserialize(${describeValue(first)})`)
}

function checkProperty(property: ts.PropertyAssignment, file: FileContext): void {
  const name = nameOf(property.name)
  if (name === 'noent' && isTrue(property.initializer))
    file.report('xxe-noent', property, 'XML parser option noent: true')
  else if (name === '$where' && !isFixedString(property.initializer))
    file.report('nosql-injection', property, `$where: ${describeValue(property.initializer)}`)
}

/** Queries, patterns, parsers and deserialisers fed with text an attacker may shape. */
export const injection: RuleFamily = {
  ruleIds: [
    'sql-built-query',
    'nosql-injection',
    'regexp-from-request',
    'xxe-noent',
    'insecure-deserialization',
  ],
  // A trigger only has to match whatever the rules can: `Raw` anywhere stands for `queryRaw`-style
  // names, where `\w+Raw\w*` made the regex backtrack through every word of every file.
  trigger:
    /\b(?:query|execute|exec|run|all|get|prepare|raw|unsafe|RegExp|countDocuments|replaceOne|aggregate|unserialize|noent)\b|\b(?:find|update|delete)|Raw|\$where/,
  kinds: [SyntaxKind.CallExpression, SyntaxKind.NewExpression, SyntaxKind.PropertyAssignment],
  check(node, file) {
    if (node.kind === SyntaxKind.PropertyAssignment) checkProperty(node as ts.PropertyAssignment, file)
    else checkCall(node as ts.CallExpression | ts.NewExpression, file)
  },
}
