// Event fields anyone who can open an issue, a pull request or a comment can write, after GitHub's
// "Security hardening for GitHub Actions" list of untrusted input.
const ITEM = String.raw`(?:\[\s*(?:\*|\d+)\s*\]|\.\*)?`
const UNTRUSTED_CONTEXT = new RegExp(
  [
    String.raw`github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)`,
    String.raw`github\.event\.(?:comment|review|review_comment)\.body`,
    String.raw`github\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)`,
    String.raw`github\.head_ref`,
    String.raw`github\.event\.(?:head_commit|workflow_run\.head_commit)\.(?:message|author\.(?:name|email))`,
    String.raw`github\.event\.commits${ITEM}\.(?:message|author\.(?:name|email))`,
    String.raw`github\.event\.workflow_run\.(?:head_branch|display_title)`,
    String.raw`github\.event\.pages${ITEM}\.page_name`,
  ]
    .map((context) => String.raw`\b${context}\b`)
    .join('|'),
)
// `${{ … }}`; the bound keeps a long line with many `${{` linear.
const EXPRESSION = /\$\{\{([^}]{0,500})\}\}/g

/**
 * The first `${{ … }}` in a script that reads an attacker-writable field: the field (for the snippet)
 * and the whole expression as written (to find its place in the file).
 */
export function untrustedExpression(script: string): { context: string; text: string } | null {
  for (const expression of script.matchAll(EXPRESSION)) {
    const context = UNTRUSTED_CONTEXT.exec(expression[1] ?? '')
    if (context) return { context: context[0].replace(/\s+/g, ''), text: expression[0] }
  }
  return null
}
