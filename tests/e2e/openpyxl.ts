// Reading a downloaded spreadsheet with an independent reader: Python's openpyxl from Debian, not the
// library that wrote it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

/** What openpyxl sees in the file: sheets, frozen panes, drop-downs, and the cells asked for. */
const READER = `
import json, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
def column(sheet, name):
    return [c.value for c in sheet[1]].index(name) + 1
cells = {}
for spec in json.loads(sys.argv[2]):
    sheet = book[spec["sheet"]]
    cells[f'{spec["sheet"]}!{spec["row"]}!{spec["column"]}'] = sheet.cell(row=spec["row"], column=column(sheet, spec["column"])).value
print(json.dumps({
    "sheets": book.sheetnames,
    "frozen": {name: book[name].freeze_panes for name in book.sheetnames},
    "validations": {name: [[str(v.sqref), v.type, v.formula1] for v in book[name].data_validations.dataValidation] for name in book.sheetnames},
    "cells": cells,
}))
`

export interface ReadBack {
  sheets: string[]
  frozen: Record<string, string | null>
  validations: Record<string, [string, string, string][]>
  cells: Record<string, unknown>
}

export function readWithOpenpyxl(path: string, cells: { sheet: string; row: number; column: string }[]): ReadBack {
  const run = spawnSync('/usr/bin/python3', ['-c', READER, path, JSON.stringify(cells)], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`openpyxl could not read ${path}: ${run.stderr}`)
  return JSON.parse(run.stdout) as ReadBack
}

export async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  // openpyxl goes by the file's extension; the browser's download has none.
  const path = join(mkdtempSync(join(tmpdir(), 'groundwork-xlsx-')), file.suggestedFilename())
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}
