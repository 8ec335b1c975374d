import { readFileSync, writeFileSync } from 'node:fs'
import { runCli } from './run.ts'

void Promise.resolve(
  runCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    writeFile: (path, data) => writeFileSync(path, data),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }),
).then((code) => {
  process.exitCode = code
})
