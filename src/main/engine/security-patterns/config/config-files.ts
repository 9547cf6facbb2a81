/** Which configuration check reads a file, from its repository-relative path; null when none does. */
export type ConfigTarget = 'dockerfile' | 'ci-workflow'

// Docker's default names (`Dockerfile`, `dockerfile`, Podman's `Containerfile`) and the usual variants
// `Dockerfile.prod` and `api.Dockerfile`. The `Dockerfile.` prefix is matched with its capital, as Docker
// writes it, so source files such as `dockerfile.ts` are not taken for one.
const PLAIN_DOCKERFILE = /^(?:docker|container)file$/i
const VARIANT_PREFIX = /^(?:Docker|Container)file\./
const VARIANT_SUFFIX = /\.(?:docker|container)file$/i
// `Dockerfile.dockerignore` is the ignore list beside a named Dockerfile; notes about one are not one.
const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|txt)$/i
// GitHub runs only the files directly in the repository's own .github/workflows folder.
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/

export function configTargetOf(path: string): ConfigTarget | null {
  const normalized = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
  if (WORKFLOW_PATH.test(normalized)) return 'ci-workflow'
  const name = normalized.slice(normalized.lastIndexOf('/') + 1)
  if (NOT_A_DOCKERFILE.test(name)) return null
  if (PLAIN_DOCKERFILE.test(name) || VARIANT_PREFIX.test(name) || VARIANT_SUFFIX.test(name))
    return 'dockerfile'
  return null
}
