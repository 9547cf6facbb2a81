import type { DiligentApi } from '../shared/ipc/api'

declare global {
  interface Window {
    diligent: DiligentApi
  }
}
