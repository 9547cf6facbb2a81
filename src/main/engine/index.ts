import { randomBytes } from 'node:crypto'
import { AUDIT_RESULT_SCHEMA_VERSION, type AuditResult } from '../../shared/domain/audit-result'
import { ANALYZERS } from './analyzers'
import { collectFindings } from './collector'
import { EarlyParseWorker } from './code/early-parse-worker'
import { createSourceScanner } from './code/source-scanner'
import { mayHoldSource } from './code/source-kinds'
import { ENGINE_VERSION } from './engine-version'
import { createRepoFileReader } from './git/repo-files'
import { prepareRepository } from './git/safe-clone'
import { DEFAULT_CAPS } from './git/tree-caps'
import { runAnalyzers } from './runner'
import { REDACTION_KEY_BYTES } from './secrets/redaction-key-file'
import { throttleProgress } from './throttle-progress'
import type { AuditHooks, AuditOptions, AuditSpec } from './types'

export type { AuditHooks, AuditOptions, AuditSpec, EngineProgress } from './types'

/**
 * The one entry to the engine, for the app's utility process, the CLI and the tests: clones or
 * refreshes the repository safely, runs every analyzer, and returns plain data.
 */
export async function runAudit(
  spec: AuditSpec,
  options: AuditOptions,
  hooks: AuditHooks = {},
): Promise<AuditResult> {
  const startedAt = new Date()
  const signal = hooks.signal ?? new AbortController().signal
  const report = throttleProgress(hooks.onProgress ?? (() => undefined))
  const caps = { ...DEFAULT_CAPS, ...options.caps }

  const only = options.analyzers
  const analyzers =
    only === undefined ? ANALYZERS : ANALYZERS.filter((analyzer) => only.includes(analyzer.id))
  const repository = await prepareRepository(spec, {
    cacheDir: options.cacheDir,
    caps,
    signal,
    onProgress: (message) => report({ phase: 'clone', analyzerId: null, done: 0, total: null, message }),
  })
  report({
    phase: 'scan',
    analyzerId: null,
    done: repository.files.length,
    total: repository.files.length,
    message: 'Listed tracked files',
  })
  // Started now, the parse worker loads TypeScript while the inventory runs.
  const parseWorker = new EarlyParseWorker()
  if (analyzers.some((analyzer) => analyzer.parsesCode) && repository.files.some(mayHoldSource))
    parseWorker.start()
  const output = await runAnalyzers(
    analyzers,
    {
      repoDir: repository.repoDir,
      commitSha: repository.commitSha,
      commitDate: repository.commitDate,
      now: options.now ?? startedAt,
      vulnerabilityDatabaseDir: options.vulnerabilityDatabaseDir ?? null,
      redactionKey: options.redactionKey ?? randomBytes(REDACTION_KEY_BYTES),
      files: repository.files,
      caps,
      git: repository.git,
      readFile: createRepoFileReader(repository.repoDir, caps.maxFileBytes),
      sourceScan: createSourceScanner({
        repoDir: repository.repoDir,
        maxFileBytes: caps.maxFileBytes,
        signal,
        takeWorker: parseWorker.take,
      }),
      signal,
    },
    report,
  ).finally(() => parseWorker.dispose())
  const { findings, warnings } = collectFindings(output.findings)

  return {
    schemaVersion: AUDIT_RESULT_SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    repo: {
      source: spec.source,
      sourceKind: spec.sourceKind,
      commitSha: repository.commitSha,
      branch: repository.branch,
    },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    metrics: output.metrics,
    findings,
    facts: output.facts,
    warnings: [...output.warnings, ...warnings],
    analyzers: output.analyzers,
  }
}
