// Renders a questionnaire as plain text for calibration raters (see ../shared/calibration/README.md):
// per question its id, prompt and five level statements, the other answers it allows, and the adoption
// inventory. Usage: node scripts/calibration/render-for-raters.mjs QUESTIONNAIRE.json [de|en] > OUT.txt
import { readFileSync } from 'node:fs'

const [file, lang = 'de'] = process.argv.slice(2)
const q = JSON.parse(readFileSync(file, 'utf8'))
const out = []
const dimensions = [...q.dimensions].sort((a, b) => a.order - b.order)
for (const d of dimensions) {
  out.push(`\n=== ${d.title[lang]} (${d.id}) ===`)
  for (const question of q.questions.filter((x) => x.dimension === d.id)) {
    const o = question.options ?? {}
    const other = ['dk', ...(o.notApplicable ? ['na'] : []), ...(o.notNeeded ? ['nn'] : [])]
    out.push(`\n[${question.id}] ${question.prompt[lang]}`)
    question.levels.forEach((level, i) => out.push(`  ${i}: ${level[lang]}`))
    out.push(`  other answers allowed: ${other.join(', ')}`)
  }
}
if (q.adoption) {
  out.push(`\n=== ${lang === 'de' ? 'Werkzeug-Inventar' : 'Tool inventory'} (adoption) ===`)
  out.push(q.adoption.intro[lang])
  out.push(
    'Answer each item with one of: notIntroduced · fewUse (introduced, used by few of the people it was bought for) · mostUse (used by most of them) · notNeeded (not needed for our business) · dontKnow',
  )
  for (const item of q.adoption.items) out.push(`  [${item.id}] ${item.title[lang]} – ${item.examples[lang]}`)
}
console.log(out.join('\n'))
