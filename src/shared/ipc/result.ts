/**
 * Every invoke resolves to a result, never a rejection: Electron flattens thrown errors into an
 * opaque string, and the browser harness could not reproduce them faithfully.
 */
export const IPC_ERROR_CODES = ['unknown-channel', 'invalid-request', 'forbidden-sender', 'internal'] as const
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

export interface IpcError {
  code: IpcErrorCode
  message: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function ipcFail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}
