/**
 * The OWASP Top 10 (2021) categories, for findings' references, the security view, the workbook and
 * the pack: the facts and findings carry only the id (`A03:2021`). https://owasp.org/Top10/
 */
const CATEGORIES: Readonly<Record<string, { name: string; page: string }>> = {
  'A01:2021': { name: 'Broken Access Control', page: 'A01_2021-Broken_Access_Control' },
  'A02:2021': { name: 'Cryptographic Failures', page: 'A02_2021-Cryptographic_Failures' },
  'A03:2021': { name: 'Injection', page: 'A03_2021-Injection' },
  'A04:2021': { name: 'Insecure Design', page: 'A04_2021-Insecure_Design' },
  'A05:2021': { name: 'Security Misconfiguration', page: 'A05_2021-Security_Misconfiguration' },
  'A06:2021': {
    name: 'Vulnerable and Outdated Components',
    page: 'A06_2021-Vulnerable_and_Outdated_Components',
  },
  'A07:2021': {
    name: 'Identification and Authentication Failures',
    page: 'A07_2021-Identification_and_Authentication_Failures',
  },
  'A08:2021': {
    name: 'Software and Data Integrity Failures',
    page: 'A08_2021-Software_and_Data_Integrity_Failures',
  },
  'A09:2021': {
    name: 'Security Logging and Monitoring Failures',
    page: 'A09_2021-Security_Logging_and_Monitoring_Failures',
  },
  'A10:2021': {
    name: 'Server-Side Request Forgery',
    page: 'A10_2021-Server-Side_Request_Forgery_%28SSRF%29',
  },
}

export const OWASP_TOP_TEN_2021: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CATEGORIES).map(([id, category]) => [id, category.name]),
)

/** `A03:2021 Injection`; an id this table does not know (a newer edition) is shown as it is. */
export function owaspCategoryLabel(id: string): string {
  const name = CATEGORIES[id]?.name
  return name === undefined ? id : `${id} ${name}`
}

/** The page of an OWASP Top 10 (2021) category, or null for an id this table does not know. */
export function owaspTop10Url(id: string): string | null {
  const page = CATEGORIES[id]?.page
  return page === undefined ? null : `https://owasp.org/Top10/${page}/`
}

/** The page of a CWE entry, e.g. `CWE-95`. */
export function cweUrl(cwe: string): string {
  return `https://cwe.mitre.org/data/definitions/${cwe.replace(/^CWE-/, '')}.html`
}
