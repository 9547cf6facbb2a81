/** A script that fetches code from the network and hands it straight to a shell. */
export interface DownloadToShell {
  downloader: string
  shell: string
  /** Where the downloader's command starts in the script. */
  offset: number
}

const DOWNLOADERS = new Set(['curl', 'wget'])
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh'])
// `a | b` pipes; every other separator ends the pipeline. Quotes are not tracked: a `|` inside a
// quoted argument (`bash -c "curl … | sh"`) splits there too, which is what catches that form.
const SEPARATOR = /\|\||&&|[|;&\n()]/g
// Words that run the next word as the command: `sudo -E bash`, `env X=1 sh`, `exec sh`.
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'command', 'nice', 'nohup', 'time'])
// `bash <(curl …)` and `sh -c "$(wget -O- …)"`; the gap is bounded so long lines stay linear.
const SUBSTITUTED = /\b((?:ba|z|da|k|a)?sh)\b[^\n;&|]{0,40}?(?:<\(|\$\()\s*(curl|wget)\b/

export function downloadToShell(script: string): DownloadToShell | null {
  let downloader: { name: string; offset: number } | null = null
  let segmentStart = 0
  let pipedIn = false
  const visit = (end: number): DownloadToShell | null => {
    const segment = script.slice(segmentStart, end)
    const command = commandOf(segment)
    if (command && pipedIn && downloader && SHELLS.has(command)) {
      return { downloader: downloader.name, shell: command, offset: downloader.offset }
    }
    if (command && DOWNLOADERS.has(command)) {
      downloader ??= { name: command, offset: segmentStart + segment.length - segment.trimStart().length }
    }
    return null
  }
  for (const separator of script.matchAll(SEPARATOR)) {
    const found = visit(separator.index)
    if (found) return found
    pipedIn = separator[0] === '|'
    if (!pipedIn) downloader = null
    segmentStart = separator.index + separator[0].length
  }
  const found = visit(script.length)
  if (found) return found
  const substituted = SUBSTITUTED.exec(script)
  if (!substituted) return null
  return {
    downloader: substituted[2] ?? 'curl',
    shell: substituted[1] ?? 'sh',
    offset: substituted.index + substituted[0].length - (substituted[2]?.length ?? 0),
  }
}

/**
 * The program a simple command runs, without its folder (`/bin/sh` → `sh`) or quotes, past any
 * wrapper: `sudo -E bash` runs bash, `bash -c "curl …` runs curl.
 */
function commandOf(segment: string): string | null {
  const words = segment.trim().split(/\s+/, 20)
  for (let index = 0; index < words.length; index += 1) {
    const word = (words[index] ?? '').replace(/^["']+|["']+$/g, '')
    if (!word || word.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) continue
    const program = word.slice(word.lastIndexOf('/') + 1)
    if (SHELLS.has(program) && words[index + 1] === '-c') index += 1
    else if (!WRAPPERS.has(program)) return program
  }
  return null
}
