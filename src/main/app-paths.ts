import { join } from 'node:path'

/**
 * The clone cache holds full copies of confidential source code: it lives in the OS's local,
 * non-roaming cache folder rather than userData, which Windows roams and backup tools sync.
 */
export function cloneCacheDirectory(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32')
    return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'Diligent', 'clones')
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Diligent', 'clones')
  return join(env['XDG_CACHE_HOME'] ?? join(home, '.cache'), 'diligent', 'clones')
}
