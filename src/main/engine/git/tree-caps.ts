import type { GitReader, RepoCaps, RepoFile } from '../types'
import { RepoAccessError } from './repo-access-error'

/**
 * The pre-checkout tree scan (security.md decision 5, d.4 step 1). A git bomb lists about a billion
 * paths from twenty objects, and a 200 kB pack can expand to a 4 GB checkout, so the tree is walked with
 * `ls-tree` and checked against caps before anything is written to disk.
 */
export const DEFAULT_CAPS: RepoCaps = {
  maxFiles: 200_000,
  maxTotalBytes: 4 * 1024 ** 3,
  maxPathLength: 4096,
  maxFileBytes: 5 * 1024 ** 2,
}

// `<mode> SP <type> SP <object> SP+ <size or -> TAB <path>`, one record per NUL with -z.
const ENTRY = /^(\d{6}) ([a-z]+) ([0-9a-f]{40,64}) +(-|\d+)\t([\s\S]+)$/

/** Parses one `ls-tree -r -z --long` record; sizes of submodules (`-`) count as 0. */
export function parseTreeEntry(record: string): RepoFile {
  const match = ENTRY.exec(record)
  if (!match) throw new Error(`Unexpected ls-tree output: ${JSON.stringify(record.slice(0, 120))}`)
  const [, mode, , , size, path] = match as unknown as [string, string, string, string, string, string]
  return { path, bytes: size === '-' ? 0 : Number(size), mode }
}

const number = new Intl.NumberFormat('en-US')

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`
}

function shownPath(path: string): string {
  // eslint-disable-next-line no-control-regex -- repository paths may carry terminal escapes
  const clean = path.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return clean.length > 80 ? `${clean.slice(0, 40)}…${clean.slice(-39)}` : clean
}

const ADVICE =
  'Nothing was checked out. If you trust this repository, raise the limit and run the audit again.'

/** Counts entries as they arrive and throws the moment a cap is passed, so a bomb is never fully listed. */
export class CapTracker {
  private files = 0
  private totalBytes = 0

  constructor(private readonly caps: RepoCaps) {}

  add(file: RepoFile): void {
    this.files++
    this.totalBytes += file.bytes
    if (this.files > this.caps.maxFiles)
      throw new RepoAccessError(
        'too-large',
        `The repository has more than ${number.format(this.caps.maxFiles)} files at this commit, Diligent's limit. ${ADVICE}`,
      )
    if (this.totalBytes > this.caps.maxTotalBytes)
      throw new RepoAccessError(
        'too-large',
        `The files at this commit add up to more than ${formatBytes(this.caps.maxTotalBytes)}, Diligent's limit. ${ADVICE}`,
      )
    // Bytes, not characters: filesystems limit path length in bytes (PATH_MAX).
    const pathBytes = Buffer.byteLength(file.path, 'utf8')
    if (pathBytes > this.caps.maxPathLength)
      throw new RepoAccessError(
        'too-large',
        `The path "${shownPath(file.path)}" is ${number.format(pathBytes)} bytes long; the limit is ` +
          `${number.format(this.caps.maxPathLength)}. ${ADVICE}`,
      )
  }
}

/** Refuses a file list past any cap with a RepoAccessError('too-large'). */
export function checkCaps(files: readonly RepoFile[], caps: RepoCaps): void {
  const tracker = new CapTracker(caps)
  for (const file of files) tracker.add(file)
}

/**
 * Lists every tracked file at `commit`. With `caps`, the listing stops (and git is killed) at the first
 * entry past a cap, so memory stays flat on a git bomb.
 */
export async function listTrackedFiles(
  reader: GitReader,
  commit: string,
  caps?: RepoCaps,
): Promise<RepoFile[]> {
  if (commit.startsWith('-') || commit === '') throw new Error(`Not a commit: ${JSON.stringify(commit)}`)
  const tracker = caps ? new CapTracker(caps) : null
  const files: RepoFile[] = []
  for await (const record of reader.stream(['ls-tree', '-r', '-z', '--long', '--full-tree', commit], {
    separator: '\0',
  })) {
    if (record === '') continue
    const file = parseTreeEntry(record)
    tracker?.add(file)
    files.push(file)
  }
  return files
}
