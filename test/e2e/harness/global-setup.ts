import { CHROMIUM_PATH, isChromiumInstalled } from './chromium'

/** Under CI a missing browser is a failure, never a silently skipped suite. */
export default function requireChromiumUnderCi(): void {
  if (isChromiumInstalled()) return
  const advice = `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium'`
  if (process.env['CI']) throw new Error(advice)
  console.warn(`\n[e2e] ${advice}. Browser tests are skipped on this machine.\n`)
}
