import { codeExecution } from './code-execution'
import { corsCookies } from './cors-cookies'
import { credentials } from './credentials'
import { cryptography } from './crypto'
import { domXss } from './dom-xss'
import { injection } from './injection'
import { jwt } from './jwt'
import { prototypePollution } from './prototype-pollution'
import { requestSinks } from './request-sinks'
import type { RuleFamily } from './rule-family'
import { settings } from './settings'
import { tls } from './tls'

/** Every family of code rules; each rule of resources/security-patterns/code-rules.json belongs to one. */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  codeExecution,
  injection,
  requestSinks,
  prototypePollution,
  tls,
  cryptography,
  jwt,
  corsCookies,
  domXss,
  credentials,
  settings,
]
