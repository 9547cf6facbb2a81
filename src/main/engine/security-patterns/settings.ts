import { ts } from 'ts-morph'
import type { FileContext, RuleFamily } from './rule-family'
import { isFalse, isTrue, nameOf } from './syntax'

const { SyntaxKind } = ts

const CSRF_SETTINGS: ReadonlySet<string> = new Set([
  'csrf',
  'csrfProtection',
  'xsrf',
  'xsrfProtection',
  'checkCsrf',
])
/** Settings that show stack traces, internals or developer tools to whoever uses the product. */
const DEBUG_SETTINGS: ReadonlySet<string> = new Set([
  'debug',
  'DEBUG',
  'debugMode',
  'showStack',
  'dumpExceptions',
  'showErrors',
])
/** A configuration file or section for production: `config/production.js`, `prod.config.ts`, `{ production: { … } }`. */
const PRODUCTION_NAME = /^(?:prod|production)$/i
const PRODUCTION_PATH = /(?:^|[/._-])prod(?:uction)?(?:[/._-]|$)/i

/** Whether a setting sits under a `production:` (or `prod:`) key, or in a production configuration file. */
function isProductionSetting(property: ts.PropertyAssignment, path: string): boolean {
  if (PRODUCTION_PATH.test(path)) return true
  for (let node: ts.Node | undefined = property.parent; node !== undefined; node = node.parent) {
    if (ts.isPropertyAssignment(node) && PRODUCTION_NAME.test(nameOf(node.name) ?? '')) return true
    if (ts.isFunctionLike(node)) return false
  }
  return false
}

function checkProperty(property: ts.PropertyAssignment, file: FileContext): void {
  const name = nameOf(property.name)
  if (name === undefined) return
  if (CSRF_SETTINGS.has(name) && isFalse(property.initializer))
    file.report('csrf-disabled', property, `${name}: false`)
  else if (
    DEBUG_SETTINGS.has(name) &&
    isTrue(property.initializer) &&
    isProductionSetting(property, file.path)
  )
    file.report('debug-mode-production', property, `${name}: true in production configuration`)
}

/** Switches in application code that turn a protection off or a debug aid on. */
export const settings: RuleFamily = {
  ruleIds: ['csrf-disabled', 'debug-mode-production'],
  trigger: /csrf|xsrf|debug|showStack|dumpExceptions|showErrors/i,
  kinds: [SyntaxKind.PropertyAssignment],
  check(node, file) {
    checkProperty(node as ts.PropertyAssignment, file)
  },
}
