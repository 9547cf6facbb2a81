/**
 * The app's identity on disk. These values decide where Electron keeps userData and which origin
 * owns the auditor's IndexedDB. Changing any of them after a release makes every auditor's data
 * look lost, so they are fixed from the first release on and guarded by a test.
 */
export const APP_NAME = 'Diligent'
export const APP_SCHEME = 'app'
export const APP_HOST = 'diligent'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
