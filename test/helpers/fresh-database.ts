import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { DiligentDatabase } from '../../src/renderer/src/db/database'

/** Each test gets its own in-memory IndexedDB, so tests never see each other's rows. */
export function createFakeIndexedDb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}

export function freshDatabase(): DiligentDatabase {
  return new DiligentDatabase('diligent-test', createFakeIndexedDb())
}
