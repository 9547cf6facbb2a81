/** A place in a configuration file, both counted from 1. */
export interface FilePosition {
  line: number
  column: number
}
