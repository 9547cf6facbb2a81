/**
 * The repository's address for `versionControlProvenance`, only when it is an https URL: a local folder
 * is the auditor's business, and ssh or scp-style addresses are not URIs a viewer can open. Any user name
 * or password in the URL is dropped, so a token pasted into a clone URL never reaches the file.
 */
export function httpsRepositoryUri(source: string): string | null {
  let url: URL
  try {
    url = new URL(source.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  url.username = ''
  url.password = ''
  url.search = ''
  url.hash = ''
  return url.toString()
}
