import { isMap, isScalar, isSeq } from 'yaml'
import type { PatternMatch } from '../pattern-match'
import type { FilePosition } from './file-position'
import { shownName } from './shown-name'
import { untrustedExpression } from './untrusted-expression'
import {
  entriesOf,
  entryOf,
  itemsOf,
  readWorkflowDocument,
  scalarText,
  type WorkflowDocument,
} from './workflow-document'

/** The matches in a workflow file, and why it could not be read when it could not (then no matches). */
export interface WorkflowReport {
  matches: PatternMatch[]
  /** Diligent's own words, never text from the file: `not valid YAML at line 12`. */
  problem: string | null
}

// Scopes whose write access lets a job change code, releases, packages or workflow runs, or obtain
// cloud credentials through OpenID Connect; `pull-requests: write` for a labeller is not among them.
const DANGEROUS_WRITE_SCOPES = new Set(['contents', 'packages', 'id-token', 'actions'])
// Checkout of the pull request's own commit instead of the base branch.
const PULL_REQUEST_HEAD =
  /github\.event\.pull_request\.(?:head\.(?:sha|ref|repo\.full_name)|merge_commit_sha)|github\.head_ref|refs\/pull\//
// SHA-1, or SHA-256 for repositories in git's newer object format.
const FULL_COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
// GitHub's own actions; pinning them by tag is GitHub's documented default and the risk is GitHub's.
const FIRST_PARTY_OWNERS = new Set(['actions', 'github'])

export function checkWorkflow(text: string): PatternMatch[] {
  return readWorkflow(text).matches
}

/**
 * Insecure constructs in one GitHub Actions workflow: pull-request code checked out by a privileged
 * trigger, over-broad token permissions, untrusted text spliced into scripts, third-party actions
 * not pinned to a commit. It never throws.
 */
export function readWorkflow(text: string): WorkflowReport {
  const reading = readWorkflowDocument(text)
  if (!reading.document) return { matches: [], problem: reading.problem }
  const document = reading.document
  const matches: PatternMatch[] = []
  const privileged = triggers(document).has('pull_request_target')
  // A node reused through aliases (a job, a step list, a step, a permissions block) is one node: it is
  // checked once, however often it is used, so aliases cannot multiply the work.
  const seen = new Set<unknown>()
  const firstVisit = (node: unknown): boolean => {
    if (node === undefined || seen.has(node)) return false
    seen.add(node)
    return true
  }
  const checkPermissions = (owner: unknown) => {
    const permissions = entryOf(document, owner, 'permissions')
    if (permissions && firstVisit(permissions.value)) {
      matches.push(...permissionMatches(document, permissions, privileged))
    }
  }
  checkPermissions(document.root)
  for (const job of entriesOf(document, entryOf(document, document.root, 'jobs')?.value)) {
    if (!firstVisit(job.value)) continue
    checkPermissions(job.value)
    const reusable = unpinnedAction(document, entryOf(document, job.value, 'uses')?.value)
    if (reusable) matches.push(reusable)
    const steps = entryOf(document, job.value, 'steps')?.value
    if (!firstVisit(steps)) continue
    for (const step of itemsOf(document, steps)) {
      if (firstVisit(step)) matches.push(...stepMatches(document, step, privileged))
    }
  }
  return { matches, problem: null }
}

/** Event names under `on:`, in its string, list or mapping form. */
function triggers(document: WorkflowDocument): Set<string> {
  const on = entryOf(document, document.root, 'on')?.value
  if (isScalar(on)) return new Set([scalarText(document, on) ?? ''])
  if (isSeq(on)) return new Set(itemsOf(document, on).map((item) => scalarText(document, item) ?? ''))
  if (isMap(on)) return new Set(entriesOf(document, on).map((entry) => entry.name))
  return new Set()
}

function permissionMatches(
  document: WorkflowDocument,
  permissions: { key: unknown; value: unknown },
  privileged: boolean,
): PatternMatch[] {
  if (scalarText(document, permissions.value) === 'write-all') {
    return [
      match(
        'workflow-write-all-permissions',
        document.positionOf(permissions.value),
        'permissions: write-all',
      ),
    ]
  }
  if (!privileged) return []
  return entriesOf(document, permissions.value)
    .filter(
      (scope) => DANGEROUS_WRITE_SCOPES.has(scope.name) && scalarText(document, scope.value) === 'write',
    )
    .map((scope) =>
      match(
        'workflow-write-all-permissions',
        document.positionOf(scope.key),
        `permissions: ${scope.name}: write on pull_request_target`,
      ),
    )
}

function stepMatches(document: WorkflowDocument, step: unknown, privileged: boolean): PatternMatch[] {
  const matches: PatternMatch[] = []
  const uses = entryOf(document, step, 'uses')
  const action = (scalarText(document, uses?.value) ?? '').toLowerCase()
  const unpinned = unpinnedAction(document, uses?.value)
  if (unpinned) matches.push(unpinned)
  const inputs = entryOf(document, step, 'with')?.value
  if (privileged && action.startsWith('actions/checkout@')) {
    const head = ['ref', 'repository']
      .map((name) => entryOf(document, inputs, name))
      .find((input) => PULL_REQUEST_HEAD.test(scalarText(document, input?.value) ?? ''))
    if (head) {
      matches.push(
        match(
          'workflow-pull-request-target-checkout',
          document.positionOf(head.key),
          'actions/checkout of the pull request’s code on pull_request_target',
        ),
      )
    }
  }
  const run = entryOf(document, step, 'run')
  const injected = run ? injection(document, run, 'run') : null
  if (injected) matches.push(injected)
  if (action.startsWith('actions/github-script@')) {
    const script = entryOf(document, inputs, 'script')
    const scripted = script ? injection(document, script, 'script') : null
    if (scripted) matches.push(scripted)
  }
  return matches
}

/** `${{ github.event.issue.title }}` and the like spliced into a shell or JavaScript script. */
function injection(
  document: WorkflowDocument,
  entry: { key: unknown; value: unknown },
  field: 'run' | 'script',
): PatternMatch | null {
  const script = scalarText(document, entry.value)
  const found = script === null ? null : untrustedExpression(script)
  if (!found) return null
  return match(
    'workflow-script-injection',
    expressionPosition(document, entry, found.text),
    `${field}: … \${{ ${found.context} }} …`,
  )
}

/**
 * Where the expression sits in the file: block and plain scalars keep it verbatim, so it is found
 * inside the value's source range; otherwise (an escaped quoted string) the key's line stands in.
 */
function expressionPosition(
  document: WorkflowDocument,
  entry: { key: unknown; value: unknown },
  expression: string,
): FilePosition | null {
  const range = isScalar(entry.value) ? entry.value.range : null
  if (range) {
    const source = document.source.slice(range[0], range[1])
    const offset = source.indexOf(expression)
    if (offset >= 0) return document.positionAt(range[0] + offset)
  }
  return document.positionOf(entry.key)
}

/** `uses: owner/action@v1` for an owner other than GitHub, not pinned to a full commit sha. */
function unpinnedAction(document: WorkflowDocument, uses: unknown): PatternMatch | null {
  const reference = scalarText(document, uses)
  if (!reference || reference.startsWith('./') || reference.startsWith('docker://')) return null
  const at = reference.lastIndexOf('@')
  if (at < 0) return null
  const action = reference.slice(0, at)
  const version = reference.slice(at + 1)
  const owner = action.split('/')[0]?.toLowerCase() ?? ''
  if (FIRST_PARTY_OWNERS.has(owner) || FULL_COMMIT_SHA.test(version)) return null
  return match(
    'workflow-unpinned-third-party-action',
    document.positionOf(uses),
    `uses: ${shownName(action, '<action>')}@${shownName(version, '<version>')}`,
  )
}

function match(ruleId: string, position: FilePosition | null, snippet: string): PatternMatch {
  return { ruleId, line: position?.line ?? null, column: position?.column ?? null, snippet }
}
