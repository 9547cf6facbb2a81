import { parentPort } from 'node:worker_threads'
import { createRepoFileReader } from '../git/repo-files'
import { DuplicationDetector } from './duplication'
import { parseSource } from './parse-source'
import type { ParseWorkerInput, ParseWorkerMessage } from './parse-worker-protocol'
import type { ParsedSource, SourceProblem } from './parsed-source'

/** Files per message back to the engine. */
const BATCH_SIZE = 100

/**
 * The parse worker's work: reads, parses and measures each file in turn, keeping only the small
 * per-file results and the duplication index, and posts them back in batches.
 */
async function parseAll(input: ParseWorkerInput, post: (message: ParseWorkerMessage) => void): Promise<void> {
  const readFile = createRepoFileReader(input.repoDir, input.maxFileBytes)
  const duplication = new DuplicationDetector()
  let parsed: ParsedSource[] = []
  let problems: SourceProblem[] = []
  let done = 0
  for (const file of input.files) {
    const content = await readFile(file.path)
    if (content === null)
      problems.push({ path: file.path, message: 'Not measured: the file could not be read.' })
    else {
      const outcome = parseSource(file, content, duplication)
      if ('parsed' in outcome) parsed.push(outcome.parsed)
      else problems.push(outcome.problem)
    }
    done += 1
    if (done % BATCH_SIZE === 0 || done === input.files.length) {
      post({ type: 'batch', parsed, problems, done })
      parsed = []
      problems = []
    }
  }
  post({ type: 'finished', duplication: duplication.report() })
}

const port = parentPort
if (port === null) throw new Error('The parse worker must be started as a worker thread')
// Started before the engine knows the files (TypeScript loads meanwhile): the work arrives as a message.
port.once('message', (input: ParseWorkerInput) => {
  void parseAll(input, (message) => port.postMessage(message))
})
