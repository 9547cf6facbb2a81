/** The OWASP Top 10 (2021) pages, by category id. */
const OWASP_TOP_10_PAGES: Readonly<Record<string, string>> = {
  'A01:2021': 'A01_2021-Broken_Access_Control',
  'A02:2021': 'A02_2021-Cryptographic_Failures',
  'A03:2021': 'A03_2021-Injection',
  'A04:2021': 'A04_2021-Insecure_Design',
  'A05:2021': 'A05_2021-Security_Misconfiguration',
  'A06:2021': 'A06_2021-Vulnerable_and_Outdated_Components',
  'A07:2021': 'A07_2021-Identification_and_Authentication_Failures',
  'A08:2021': 'A08_2021-Software_and_Data_Integrity_Failures',
  'A09:2021': 'A09_2021-Security_Logging_and_Monitoring_Failures',
  'A10:2021': 'A10_2021-Server-Side_Request_Forgery_%28SSRF%29',
}

/** The page of an OWASP Top 10 (2021) category, e.g. `A03:2021`. */
export function owaspTop10Url(category: string): string | null {
  const page = OWASP_TOP_10_PAGES[category]
  return page === undefined ? null : `https://owasp.org/Top10/${page}/`
}

/** The page of a CWE entry, e.g. `CWE-95`. */
export function cweUrl(cwe: string): string {
  return `https://cwe.mitre.org/data/definitions/${cwe.replace(/^CWE-/, '')}.html`
}
