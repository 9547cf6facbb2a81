/**
 * People commit under several names and emails (a laptop, a work account, GitHub's noreply address).
 * `.mailmap` is applied by git; on top of it, identities that share an email or a distinctive name are
 * merged here, so one person is counted once in authorship and the truck factor.
 */

// Names too common on shared machines and CI runners to say two identities are one person.
const GENERIC_NAMES = new Set([
  'root',
  'admin',
  'administrator',
  'ubuntu',
  'user',
  'unknown',
  'git',
  'github',
  'dev',
  'developer',
  'build',
  'ci',
])
const MIN_MERGEABLE_NAME_LENGTH = 3
const BOT_NAME =
  /\[bot\]$|^(dependabot|renovate|greenkeeper|snyk-bot|github-actions|semantic-release-bot|allcontributors)\b/i
const BOT_EMAIL = /\[bot\]@|^(noreply|no-reply)@github\.com$|@dependabot\.com$|@renovateapp\.com$/i

export interface Identity {
  /** Stable across runs: the lower-cased email the person committed with most. */
  id: string
  name: string
  emails: string[]
  bot: boolean
}

const normaliseName = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
const normaliseEmail = (email: string): string => email.trim().toLowerCase()

export function isBot(name: string, email: string): boolean {
  return BOT_NAME.test(name.trim()) || BOT_EMAIL.test(email.trim())
}

interface RawIdentity {
  name: string
  email: string
  commits: number
}

/** Collects the raw (name, email) pairs seen in the history, then merges them into people. */
export class IdentityResolver {
  private readonly raw: RawIdentity[] = []
  private readonly indexOf = new Map<string, number>()

  /** The raw identity's index; call once per commit. */
  see(name: string, email: string): number {
    const key = `${name}\0${email}`
    let index = this.indexOf.get(key)
    if (index === undefined) {
      index = this.raw.length
      this.raw.push({ name, email, commits: 0 })
      this.indexOf.set(key, index)
    }
    const identity = this.raw[index]
    if (identity !== undefined) identity.commits += 1
    return index
  }

  /** The merged identity of every raw index, in raw-index order. */
  resolve(): Identity[] {
    const parent = this.raw.map((_, index) => index)
    const find = (index: number): number => {
      let root = index
      while (parent[root] !== root) root = parent[root] ?? root
      parent[index] = root
      return root
    }
    const union = (left: number, right: number): void => {
      const [a, b] = [find(left), find(right)]
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
    }
    const firstWith = new Map<string, number>()
    const joinOn = (key: string, index: number): void => {
      const first = firstWith.get(key)
      if (first === undefined) firstWith.set(key, index)
      else union(first, index)
    }
    this.raw.forEach((identity, index) => {
      const email = normaliseEmail(identity.email)
      if (email !== '') joinOn(`email:${email}`, index)
      const name = normaliseName(identity.name)
      if (
        name.length >= MIN_MERGEABLE_NAME_LENGTH &&
        !GENERIC_NAMES.has(name) &&
        !isBot(identity.name, identity.email)
      )
        joinOn(`name:${name}`, index)
    })

    const members = new Map<number, RawIdentity[]>()
    this.raw.forEach((identity, index) => {
      const root = find(index)
      const group = members.get(root)
      if (group === undefined) members.set(root, [identity])
      else group.push(identity)
    })
    const merged = new Map<number, Identity>()
    const usedIds = new Set<string>()
    for (const [root, group] of members) {
      const byCommits = [...group].sort((left, right) => right.commits - left.commits)
      const main = byCommits[0] as RawIdentity
      const preferredId = normaliseEmail(main.email) || normaliseName(main.name) || 'anonymous'
      let id = preferredId
      for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${preferredId}#${suffix}`
      usedIds.add(id)
      merged.set(root, {
        id,
        name: main.name.trim() || main.email.trim(),
        emails: [
          ...new Set(
            byCommits.map((identity) => normaliseEmail(identity.email)).filter((email) => email !== ''),
          ),
        ],
        bot: group.some((identity) => isBot(identity.name, identity.email)),
      })
    }
    return this.raw.map((_, index) => merged.get(find(index)) as Identity)
  }
}
