// Writes sample PDFs (solo, partial, 12-person team; German and English solo) from the fixtures to
// /tmp/gw-pdf/ (or the first argument), to look at them: `npx tsx scripts/sample-pdfs.tsx`, then
// `pdftoppm -png -r 60 /tmp/gw-pdf/solo-de.pdf /tmp/gw-pdf/solo-de`.
import { renderToBuffer } from '@react-pdf/renderer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createPdfDocument } from '../src/features/pdf/document.tsx'
import * as sample from '../tests/builders/sample.ts'
import { soloPdfInput, teamPdfInput } from '../tests/builders/pdf-input.ts'
import { nodeFontFiles } from '../src/features/pdf/font-files.node.ts'
import { registerPdfFonts } from '../src/features/pdf/fonts.ts'
import type { PdfInput } from '../src/features/pdf/model.ts'

const dir = process.argv[2] ?? '/tmp/gw-pdf'
mkdirSync(dir, { recursive: true })
registerPdfFonts(nodeFontFiles)
const questionnaire = sample.defaultQuestionnaire()
// Twelve people, each with the tool-first adoption the seeds warn about.
const team = sample
  .teamParticipants(questionnaire, 12)
  .map((p) => ({ ...p, adoption: sample.toolFirstAdoption(questionnaire) }))
const samples: Record<string, PdfInput> = {
  // With a tool on offer ("before you buy") and a step the owner has taken on, with a date.
  'solo-de': soloPdfInput(questionnaire, {
    response: {
      ...sample.completeResponse(questionnaire),
      consideringTool: 'web-shop-portal',
      plan: { 'te-security-updates': { owner: 'Herr Öztürk', due: '2026-12-18' } },
    },
    branding: sample.fixtureBranding,
  }),
  'solo-en': soloPdfInput(questionnaire, { locale: 'en', branding: {} }),
  'partial-de': soloPdfInput(questionnaire, { response: sample.partialResponse(questionnaire), branding: {} }),
  'team-de': teamPdfInput(questionnaire, team, { branding: sample.fixtureBranding }),
}
for (const [name, input] of Object.entries(samples)) {
  const buffer = await renderToBuffer(createPdfDocument(input) as Parameters<typeof renderToBuffer>[0])
  writeFileSync(`${dir}/${name}.pdf`, buffer)
  console.log(`${dir}/${name}.pdf`)
}
