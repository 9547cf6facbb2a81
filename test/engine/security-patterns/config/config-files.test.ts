import { describe, expect, it } from 'vitest'
import { configTargetOf } from '../../../../src/main/engine/security-patterns/config/config-files'

describe('configTargetOf', () => {
  it.each([
    'Dockerfile',
    'services/api/Dockerfile',
    'Dockerfile.prod',
    'deploy/api.Dockerfile',
    'Containerfile',
    'build/Containerfile',
    'dockerfile',
    'docker\\windows\\Dockerfile',
  ])('reads %s as a Dockerfile', (path) => {
    expect(configTargetOf(path)).toBe('dockerfile')
  })

  it.each(['.github/workflows/ci.yml', '.github/workflows/release.yaml', './.github/workflows/x.yml'])(
    'reads %s as a workflow',
    (path) => {
      expect(configTargetOf(path)).toBe('ci-workflow')
    },
  )

  it.each([
    'Dockerfile.dockerignore',
    'Dockerfile.md',
    'docs/Dockerfiles.md',
    'docker-compose.yml',
    'src/dockerfile.ts',
    '.github/workflows/nested/ci.yml',
    'packages/web/.github/workflows/ci.yml',
    '.github/workflows/README.md',
    '.github/dependabot.yml',
  ])('ignores %s', (path) => {
    expect(configTargetOf(path)).toBeNull()
  })
})
