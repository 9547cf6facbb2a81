/**
 * The OWASP Top 10 (2021) category names, for the security view, the workbook and the pack: the facts
 * and findings carry only the id (`A03:2021`). https://owasp.org/Top10/
 */
export const OWASP_TOP_TEN_2021: Readonly<Record<string, string>> = {
  'A01:2021': 'Broken Access Control',
  'A02:2021': 'Cryptographic Failures',
  'A03:2021': 'Injection',
  'A04:2021': 'Insecure Design',
  'A05:2021': 'Security Misconfiguration',
  'A06:2021': 'Vulnerable and Outdated Components',
  'A07:2021': 'Identification and Authentication Failures',
  'A08:2021': 'Software and Data Integrity Failures',
  'A09:2021': 'Security Logging and Monitoring Failures',
  'A10:2021': 'Server-Side Request Forgery',
}

/** `A03:2021 Injection`; an id this table does not know (a newer edition) is shown as it is. */
export function owaspCategoryLabel(id: string): string {
  const name = OWASP_TOP_TEN_2021[id]
  return name === undefined ? id : `${id} ${name}`
}
