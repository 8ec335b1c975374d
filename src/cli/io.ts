/** What a command reads and writes: the file system and the terminal in main.ts, stand-ins in tests. */
export interface CliIo {
  readFile: (path: string) => string
  /** For spreadsheets; the commands that need them say so when absent. */
  readBytes?: (path: string) => Uint8Array
  writeFile?: (path: string, data: string | Uint8Array) => void
  out: (line: string) => void
  err: (line: string) => void
}
