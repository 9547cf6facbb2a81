import { ts } from 'ts-morph'
import { describeValue } from './describe-value'
import { requestInputOf } from './request-input'
import type { RuleFamily } from './rule-family'
import {
  calleeName,
  isBuiltString,
  isFixedString,
  isTrue,
  propertyValue,
  receiverName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

/** Globals a browser or Node also reach through these objects: `window.eval(…)`. */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'globalThis', 'global', 'self'])
const EVAL: ReadonlySet<string> = new Set(['eval'])
const FUNCTION_CONSTRUCTOR: ReadonlySet<string> = new Set(['Function'])
const TIMERS: ReadonlySet<string> = new Set(['setTimeout', 'setInterval', 'setImmediate'])
const VM_RUNNERS: ReadonlySet<string> = new Set([
  'runInNewContext',
  'runInThisContext',
  'runInContext',
  'compileFunction',
])
/** vm functions whose names nothing else uses, so a bare call (imported by name) is theirs too. */
const DISTINCT_VM_RUNNERS: ReadonlySet<string> = new Set(['runInNewContext', 'runInThisContext'])
const SHELL_RUNNERS: ReadonlySet<string> = new Set(['exec', 'execSync'])
const SPAWNERS: ReadonlySet<string> = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync'])
/** What `child_process` is usually imported as; `regex.exec(…)` and `db.exec(…)` are other methods. */
const CHILD_PROCESS_NAME = /^(?:child_?process|cp|childProcess|proc)$/i

/** `f(…)` or `window.f(…)`: the global function, not a method of some object. */
function isGlobalCall(
  call: ts.CallExpression | ts.NewExpression,
  names: ReadonlySet<string>,
): string | undefined {
  const name = calleeName(call)
  if (name === undefined || !names.has(name)) return undefined
  const callee = unwrap(call.expression)
  if (ts.isIdentifier(callee)) return name
  const receiver = receiverName(call)
  return receiver !== undefined && GLOBAL_OBJECTS.has(receiver) ? name : undefined
}

function isProcessCall(call: ts.CallExpression, names: ReadonlySet<string>): string | undefined {
  const name = calleeName(call)
  if (name === undefined || !names.has(name)) return undefined
  if (ts.isIdentifier(unwrap(call.expression))) return name
  const receiver = receiverName(call)
  return receiver !== undefined && CHILD_PROCESS_NAME.test(receiver) ? name : undefined
}

/** `spawn(command, args, { shell: true })`: the options are the last object-literal argument. */
function runsInShell(call: ts.CallExpression): boolean {
  return call.arguments.some((argument) => isTrue(propertyValue(argument, 'shell')))
}

function checkCall(
  call: ts.CallExpression | ts.NewExpression,
  report: (id: string, snippet: string) => void,
): void {
  const args: readonly ts.Expression[] = call.arguments ?? []
  const [first] = args
  const isNew = call.kind === SyntaxKind.NewExpression
  const functionCall = isGlobalCall(call, FUNCTION_CONSTRUCTOR)
  if (functionCall !== undefined) {
    const body = args[args.length - 1]
    if (body !== undefined && !isFixedString(body))
      report('new-function', `${isNew ? 'new ' : ''}Function(…, ${describeValue(body)})`)
    return
  }
  if (first === undefined) return
  if (!isNew && isGlobalCall(call, EVAL) !== undefined) {
    if (!isFixedString(first)) report('eval', `eval(${describeValue(first)})`)
    return
  }
  const timer = isNew ? undefined : isGlobalCall(call, TIMERS)
  if (timer !== undefined) {
    if (isFixedString(first) || isBuiltString(first)) report('string-timer', `${timer}(string of code)`)
    return
  }
  const name = calleeName(call)
  if (name === undefined) return
  const receiver = receiverName(call)
  const runsCode = isNew
    ? receiver === 'vm' && name === 'Script'
    : (receiver === 'vm' && VM_RUNNERS.has(name)) || (receiver === undefined && DISTINCT_VM_RUNNERS.has(name))
  if (runsCode && !isFixedString(first)) {
    report('vm-run-code', `${isNew ? 'new vm.' : 'vm.'}${name}(${describeValue(first)})`)
    return
  }
  if (ts.isCallExpression(call)) checkShellCommand(call, first, report)
}

/** `exec(…)` with a built command, or `spawn(…, { shell: true })` with one: the shell reads it all. */
function checkShellCommand(
  call: ts.CallExpression,
  command: ts.Expression,
  report: (id: string, snippet: string) => void,
): void {
  const shell = isProcessCall(call, SHELL_RUNNERS)
  const spawner = shell === undefined ? isProcessCall(call, SPAWNERS) : undefined
  if (shell === undefined && (spawner === undefined || !runsInShell(call))) return
  if (!isBuiltString(command) && requestInputOf(command) === undefined) return
  const described = describeValue(command)
  report(
    'child-process-interpolated',
    shell === undefined ? `${spawner}(${described}, …, { shell: true })` : `${shell}(${described})`,
  )
}

/** Code built from strings at run time: eval, the Function constructor, string timers, vm, shell commands. */
export const codeExecution: RuleFamily = {
  ruleIds: ['eval', 'new-function', 'string-timer', 'vm-run-code', 'child-process-interpolated'],
  trigger:
    /\b(?:eval|Function|setTimeout|setInterval|setImmediate|Script|runIn\w*Context|compileFunction|exec|execSync|spawn\w*|execFile\w*)\b/,
  kinds: [SyntaxKind.CallExpression, SyntaxKind.NewExpression],
  check(node, file) {
    checkCall(node as ts.CallExpression | ts.NewExpression, (id, snippet) => file.report(id, node, snippet))
  },
}
