/** The storage layer's public face: open a store on a data folder; everything else is inside. */
export { openStore } from './store';
export type { BackupInfo, Store, StoreOptions } from './store';
export type { ChangeSet, DateRange, Repository } from './repository';
export { SCHEMA_VERSION } from './migrations';
