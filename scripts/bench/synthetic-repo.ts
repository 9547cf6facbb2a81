import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'

export interface SyntheticRepoShape {
  files: number
  commits: number
  authors: number
}

/** A deterministic pseudo-random sequence, so two runs build the same repository. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const EXTENSIONS = ['ts', 'ts', 'ts', 'tsx', 'js', 'json', 'md', 'css', 'py', 'go']

/** Code-shaped text: small functions with branches, loops, comments and blank lines, as real code has. */
function fileBody(path: string, version: number, lines: number): string {
  const out: string[] = [`// ${path} v${version}`]
  for (let block = 0; out.length < lines; block += 1) {
    out.push(
      `export function step${block}(input: number, limit = ${block}): number {`,
      `  if (input > limit && input % ${version + 2} !== 0) return compute(${block}, ${version})`,
      `  // note ${block} of version ${version}`,
      '  let total = 0',
      '  for (let index = 0; index < input; index += 1) {',
      '    if (index % 3 === 0 || total > limit) continue',
      `    total += index * ${block + version}`,
      '  }',
      '  return total',
      '}',
      '',
    )
  }
  return `${out.join('\n')}\n`
}

/**
 * Writes a repository of the given shape with `git fast-import`, which builds thousands of
 * commits in seconds: each commit by one of `authors` people changes a few files, and the first
 * commits create them all. A package-lock.json churns often, as real ones do.
 */
export async function buildSyntheticRepo(dir: string, shape: SyntheticRepoShape): Promise<void> {
  await mkdir(dir, { recursive: true })
  const env = { PATH: process.env['PATH'] ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }
  await run('git', ['init', '--quiet', '--initial-branch=main', dir], env)
  const importer = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    env,
    stdio: ['pipe', 'ignore', 'inherit'],
  })
  const random = seededRandom(42)
  const paths = Array.from({ length: shape.files }, (_, index) => {
    const extension = EXTENSIONS[index % EXTENSIONS.length]
    return `packages/p${index % 40}/src/module${Math.floor(index / 40)}/file${index}.${extension}`
  })
  const versions = new Map<string, number>()
  const creationCommits = Math.min(shape.commits, Math.ceil(shape.files / 200))
  let time = Date.UTC(2020, 0, 1) / 1000

  const write = (chunk: string): Promise<void> =>
    importer.stdin.write(chunk)
      ? Promise.resolve()
      : new Promise((resolve) => importer.stdin.once('drain', resolve))

  for (let commit = 0; commit < shape.commits; commit += 1) {
    const author = Math.floor(random() ** 2 * shape.authors)
    time += 600 + Math.floor(random() * 7_200)
    const touched =
      commit < creationCommits
        ? paths.slice(commit * 200, (commit + 1) * 200)
        : Array.from(
            { length: 1 + Math.floor(random() * 3) },
            () => paths[Math.floor(random() ** 1.5 * paths.length)] as string,
          )
    if (commit >= creationCommits && commit % 5 === 0) touched.push('package-lock.json')
    let body = `commit refs/heads/main\nauthor Dev ${author} <dev${author}@example.com> ${time} +0000\n`
    body += `committer Dev ${author} <dev${author}@example.com> ${time} +0000\ndata <<EOM\nchange ${commit}\nEOM\n`
    for (const path of new Set(touched)) {
      const version = (versions.get(path) ?? 0) + 1
      versions.set(path, version)
      const content =
        path === 'package-lock.json'
          ? lockfileBody(version)
          : fileBody(path, version, 30 + (path.length % 90))
      body += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`
    }
    await write(body)
  }
  await write('done\n')
  importer.stdin.end()
  await new Promise<void>((resolve, reject) =>
    importer.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`)),
    ),
  )
  await run('git', ['checkout', '--quiet', 'main'], env, dir)
}

function lockfileBody(version: number): string {
  const entries = Array.from(
    { length: 400 },
    (_, index) => `    "node_modules/dep${index}": { "version": "1.${version}.${index}" }`,
  )
  return `{\n  "lockfileVersion": 3,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`
}

function run(command: string, args: string[], env: Record<string, string>, cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: 'ignore' })
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args[0]} exited with ${code}`)),
    )
  })
}
