/** The name a repository is listed under unless the auditor gives one: the last path segment, without .git. */
export function suggestRepoName(source: string): string {
  // Split on both separators: the source may be a Windows path, a URL or an scp-style address.
  const lastSegment =
    source
      .replace(/[\\/]+$/, '')
      .split(/[\\/:]/)
      .at(-1) ?? ''
  return lastSegment.replace(/\.git$/i, '') || 'repository'
}
