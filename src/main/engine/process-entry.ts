import type { MessageFromEngine, MessageToEngine } from './process-protocol'
import { serveEngine } from './serve-engine'

interface ParentPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (event: { data: unknown }) => void): void
}

/**
 * The engine process's entry. Under Electron's utilityProcess it talks through `process.parentPort`;
 * forked by Node (the tests) it talks through `process.send`. Either way the same serveEngine runs.
 */
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort
if (parentPort) {
  serveEngine({
    post: (message) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as MessageToEngine)),
  })
} else if (process.send) {
  const send = process.send.bind(process)
  serveEngine({
    post: (message: MessageFromEngine) => send(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as MessageToEngine)),
  })
} else {
  throw new Error(
    'The engine process must be started by Diligent (utilityProcess) or forked with an IPC channel',
  )
}
