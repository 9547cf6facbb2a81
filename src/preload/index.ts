import { contextBridge, ipcRenderer } from 'electron'
import { createDiligentApi } from './create-api'

contextBridge.exposeInMainWorld('diligent', createDiligentApi(ipcRenderer))
