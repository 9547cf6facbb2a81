import { HISTORY_PATHSPEC_EXCLUDES } from '../history/excluded-paths'
import { historyFindings } from '../history/findings'
import { HistoryTally } from '../history/history-tally'
import { IdentityResolver } from '../history/identities'
import { historyLogArgs, readCommits } from '../history/log-records'
import { historyMetrics } from '../history/metrics'
import { summarizeHistory } from '../history/summarize'
import type { Analyzer } from '../types'

/** Progress is reported once per this many commits, and at the end. */
const PROGRESS_EVERY_COMMITS = 500
// Symlinks and submodules have no lines anyone wrote.
const AUTHORED_MODES = new Set(['100644', '100755'])

/** Commits, contributors, churn per file, monthly activity and the truck factor, from one streamed `git log`. */
export const gitHistoryAnalyzer: Analyzer<'git-history'> = {
  id: 'git-history',
  title: 'Git history',
  version: 1,
  needs: ['inventory'],
  async run(context) {
    const presentPaths = new Set(
      context.files.filter((file) => AUTHORED_MODES.has(file.mode)).map((file) => file.path),
    )
    const notAuthored = new Set(
      (context.facts.inventory?.excluded ?? [])
        .filter((file) => file.kind === 'vendored' || file.kind === 'generated')
        .map((file) => file.path),
    )
    const tally = new HistoryTally(presentPaths)
    const identities = new IdentityResolver()

    if (context.commitSha !== null) {
      const total = Number((await context.git.run(['rev-list', '--count', context.commitSha])).trim()) || null
      const read = { unreadable: 0 }
      for await (const commit of readCommits(
        context.git,
        historyLogArgs(context.commitSha, HISTORY_PATHSPEC_EXCLUDES),
        read,
      )) {
        tally.add(commit, identities.see(commit.authorName, commit.authorEmail))
        if (tally.commitCount % PROGRESS_EVERY_COMMITS === 0)
          context.progress({
            done: tally.commitCount,
            total,
            message: `Read ${tally.commitCount.toLocaleString('en-US')} commits`,
          })
      }
      context.progress({
        done: tally.commitCount,
        total,
        message: `Read ${tally.commitCount.toLocaleString('en-US')} commits`,
      })
      if (read.unreadable > 0)
        context.warn(
          `${read.unreadable} commit record(s) in the history could not be read and were left out.`,
        )
    }

    const summary = summarizeHistory({
      tally,
      identities: identities.resolve(),
      notAuthored,
      commitDate: context.commitDate,
      now: context.now,
    })
    return {
      facts: summary.facts,
      metrics: historyMetrics(summary, context.now),
      findings: historyFindings(summary, context.now),
    }
  },
}
