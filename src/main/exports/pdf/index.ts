export { buildDueDiligencePack } from './document'
