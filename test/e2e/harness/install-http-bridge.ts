import type { DiligentApi } from '../../../src/shared/ipc/api'

/**
 * Runs inside the page before its scripts (Playwright serialises this function, so it must not
 * reference anything outside itself). Defines `window.diligent` over the harness server's HTTP
 * routes, with the same shape the preload exposes in the app.
 */
export function installHttpBridge(): void {
  const api: DiligentApi = {
    async invoke(channel, request) {
      const response = await fetch(`/__diligent/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      })
      return response.json()
    },
    on(event, listener) {
      const source = new EventSource('/__diligent/events')
      source.addEventListener(event, (message) =>
        listener(JSON.parse((message as MessageEvent<string>).data)),
      )
      return () => source.close()
    },
  }
  Object.defineProperty(window, 'diligent', {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
  })
}
