import { fork, type ChildProcess } from 'node:child_process'
import type { EngineProcess } from '../../src/main/jobs/engine-process'

/** A forked Node process standing in for Electron's utilityProcess, with the same EngineProcess face. */
export function forkEngine(
  modulePath: string,
  execArgv: string[] = [],
): { launch: () => EngineProcess; children: ChildProcess[] } {
  const children: ChildProcess[] = []
  return {
    children,
    launch: () => {
      const child = fork(modulePath, [], { serialization: 'advanced', execArgv, stdio: 'ignore' })
      children.push(child)
      return {
        postMessage: (message) => void child.send(message),
        onMessage: (listener) => child.on('message', (message) => listener(message as never)),
        onExit: (listener) => child.on('exit', (code) => listener(code)),
        kill: () => void child.kill(),
      }
    },
  }
}
