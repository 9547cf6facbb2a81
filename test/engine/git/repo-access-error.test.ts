import { describe, expect, it } from 'vitest'
import { classifyGitFailure, fsckIds, gitDetail } from '../../../src/main/engine/git/repo-access-error'

const SSH_TAIL =
  'fatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n'

describe('classifyGitFailure', () => {
  it.each([
    // Real git 2.39 stderr, LANG=C.
    [
      "Cloning into 'c1'...\nfatal: unable to access 'https://127.0.0.1:9/x.git/': Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server\n",
      'unreachable',
    ],
    [`ssh: connect to host 127.0.0.1 port 9: Connection refused\n${SSH_TAIL}`, 'unreachable'],
    [
      "fatal: unable to access 'https://example.invalid/x.git/': Could not resolve host: example.invalid\n",
      'unreachable',
    ],
    [
      `ssh: Could not resolve hostname example.invalid: Name or service not known\n${SSH_TAIL}`,
      'unreachable',
    ],
    [
      "fatal: unable to access 'https://x/': SSL certificate problem: self-signed certificate\n",
      'unreachable',
    ],
    [`fatal: '/tmp/nope' does not appear to be a git repository\n${SSH_TAIL}`, 'not-found'],
    [
      "remote: Repository not found.\nfatal: repository 'https://github.com/acme/private.git/' not found\n",
      'not-found',
    ],
    [
      "fatal: could not read Username for 'https://github.com': terminal prompts disabled\n",
      'needs-credentials',
    ],
    [`git@github.com: Permission denied (publickey).\n${SSH_TAIL}`, 'needs-credentials'],
    ["fatal: unable to access 'https://x/': The requested URL returned error: 403\n", 'needs-credentials'],
    [
      "remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://gitlab.com/a/b.git/'\n",
      'needs-credentials',
    ],
    [`Host key verification failed.\n${SSH_TAIL}`, 'needs-credentials'],
    [
      "error: object 6b5d1f0c0e0e6b5d1f0c0e0e6b5d1f0c0e0e6b5d: hasDotgit: contains '.git'\nfatal: fsck error in packed object\nfatal: index-pack failed\n",
      'rejected-by-git',
    ],
    ["fatal: transport 'ext' not allowed\n", 'invalid-source'],
    ["fatal: detected dubious ownership in repository at '/srv/repo'\n", 'rejected-by-git'],
    ['fatal: something nobody has seen before\n', 'rejected-by-git'],
  ])('maps %j to %s', (stderr, code) => {
    expect(classifyGitFailure(stderr, 'https://host/x.git').code).toBe(code)
  })

  it('tells the auditor what to do, and that Diligent stores no credentials', () => {
    expect(classifyGitFailure('fatal: Authentication failed\n', 'https://host/x.git').message).toBe(
      'https://host/x.git needs credentials. Configure a git credential helper or an SSH key that has access to ' +
        'this repository, then try again. Diligent never asks for or stores credentials.',
    )
    expect(classifyGitFailure(`Host key verification failed.\n${SSH_TAIL}`, 'git@h:x').message).toMatch(
      /^The SSH host key of git@h:x is not trusted yet\. Connect once with ssh/,
    )
    expect(
      classifyGitFailure(
        `ssh: connect to host 127.0.0.1 port 9: Connection refused\n${SSH_TAIL}`,
        'ssh://h/x',
      ).message,
    ).toBe(
      'Could not reach ssh://h/x (ssh: connect to host 127.0.0.1 port 9: Connection refused). Check the address, ' +
        'your network connection and any VPN or proxy.',
    )
  })

  it('names the fsck ids, and says when only legacy formatting was refused', () => {
    const security = classifyGitFailure(
      "error: object 1111111111111111111111111111111111111111: hasDotgit: contains '.git'\nfatal: fsck error in packed object\n",
      'repo',
    )
    expect(security.message).toMatch(
      /^git refused repo: it contains forbidden paths or malformed objects \(hasDotgit\)/,
    )
    const legacy = classifyGitFailure(
      'error: object 1111111111111111111111111111111111111111: zeroPaddedFilemode: contains zero-padded file modes\nfatal: fsck error in packed object\n',
      'repo',
    )
    expect(legacy.message).toMatch(/legacy object formatting \(zeroPaddedFilemode\)/)
    expect(legacy.message).toMatch(/does not relax the check automatically/)
  })
})

describe('gitDetail and fsckIds', () => {
  it('strips terminal escapes and caps the length', () => {
    expect(gitDetail('fatal: \u001b]8;;https://evil\u0007click\u001b[31m here\n')).toBe(
      'fatal: ]8;;https://evilclick[31m here',
    )
    expect(gitDetail(`fatal: ${'x'.repeat(1000)}`)).toHaveLength(301)
  })

  it('collects distinct ids in order', () => {
    expect(
      fsckIds(
        'error: object a: gitmodulesSymlink: .gitmodules is a symbolic link\nerror: object b: hasDotgit: x\nerror: object c: hasDotgit: y\n',
      ),
    ).toEqual(['gitmodulesSymlink', 'hasDotgit'])
  })
})
