#!/usr/bin/env node
// Runs Electronegativity over the built app (out/) and fails on anything it reports that the allowlist
// does not justify: a parse warning or error, an unjustified issue, or an allowlist entry that no longer
// matches anything (so the list cannot silently outlive the code it excuses).
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)

// Electronegativity fetches translations and Electron's release list from the internet. The app is
// offline-first and so are its checks: answer both lookups with "unreachable" before it loads.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']
function keepElectronegativityOffline() {
  const entry = require.resolve('@doyensec/electronegativity')
  const gotPath = createRequire(entry).resolve('got')
  const offline = () => Promise.reject(new Error('offline: Diligent does not let its checks use the network'))
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: Object.assign(offline, { default: offline }),
  }
}

/** Compares Electronegativity's report with the allowlist; returns the problems, empty when the build passes. */
function judge(report, allowlist) {
  const problems = []
  for (const error of report.errors)
    problems.push(`${error.tolerable ? 'warning' : 'error'} parsing ${error.file}: ${error.message}`)
  const used = new Set()
  for (const issue of report.issues) {
    const index = allowlist.findIndex((entry) => entry.check === issue.id && entry.file === issue.file)
    if (index === -1) {
      problems.push(
        `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) in ${issue.file}:${issue.location.line} — ${issue.description}`,
      )
      continue
    }
    used.add(index)
  }
  allowlist.forEach((entry, index) => {
    if (entry.justification.trim().length < 40)
      problems.push(`allowlist entry ${entry.check} in ${entry.file} needs a real justification`)
    if (!used.has(index))
      problems.push(`allowlist entry ${entry.check} in ${entry.file} matches nothing any more: remove it`)
  })
  return problems
}

async function main() {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: 'out' },
      allowlist: { type: 'string', default: 'security/electronegativity-allowlist.json' },
    },
  })
  const input = resolve(values.input)
  if (!existsSync(input)) {
    console.error(`Electronegativity: ${values.input} does not exist; run \`npm run build\` first.`)
    process.exitCode = 1
    return
  }
  const allowlist = JSON.parse(await readFile(values.allowlist, 'utf8')).entries
  keepElectronegativityOffline()
  const run = require('@doyensec/electronegativity')
  const electronVersion = require('electron/package.json').version
  const silenced = console.log
  console.log = () => undefined // its "could not fetch" chatter is expected offline
  let report
  try {
    report = await run({
      input,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion,
    })
  } finally {
    console.log = silenced
  }
  const problems = judge(report, allowlist)
  const where = relative(process.cwd(), input) || '.'
  if (problems.length > 0) {
    console.error(`Electronegativity: ${problems.length} problem(s) in ${where}:`)
    for (const problem of problems) console.error(`  ✗ ${problem}`)
    process.exitCode = 1
    return
  }
  console.log(
    `Electronegativity: ${report.globalChecks + report.atomicChecks} checks over ${where}, ` +
      `${report.issues.length} issue(s), each justified in ${values.allowlist}`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
